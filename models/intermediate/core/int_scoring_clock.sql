{#-
    The one-row clock every score reads (definitions: Now, Behavior score). score_as_of is var
    score_as_of, or the latest activity of a known person, never later than the run time, so the
    same data always gives the same scores; with no activity at all, the run time.
    model_version_in_effect is the active version in effect at score_as_of: the one every
    "current" figure is read under.
-#}
with activities as (

    select occurred_at from {{ ref('int_activities_rekeyed') }}
    where person_id is not null

),

span as (

    select
        min(occurred_at) as first_activity_at,
        max(occurred_at) as last_activity_at
    from activities

),

clock as (

    select
        first_activity_at,
        last_activity_at,
        coalesce(
            {{ score_as_of_var() }},
            case
                when last_activity_at > {{ run_time() }} then {{ run_time() }}
                else last_activity_at
            end,
            {{ run_time() }}
        ) as score_as_of
    from span

),

versions_in_effect as (

    select * from {{ ref('int_scoring_versions_in_effect') }}

),

final as (

    select
        clock.first_activity_at,
        clock.last_activity_at,
        clock.score_as_of,
        versions_in_effect.model_version as model_version_in_effect,
        {{ epoch_seconds('clock.score_as_of') }} as score_as_of_epoch
    from clock
    left join versions_in_effect
        on clock.score_as_of >= versions_in_effect.in_effect_from
            and clock.score_as_of < versions_in_effect.in_effect_until

)

select * from final
