{#-
    The one-row clock every score reads (spec: Now, Behavior score). score_as_of is var
    score_as_of, or the latest activity of a known person, never later than the run time, so the
    same data always gives the same scores. anchor_epoch is the midpoint of the span from the
    first activity to score_as_of: the running-sum form of the behavior score multiplies and
    divides by 2^((t - anchor) / half-life), which stays far from overflow near the middle.
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
            end
        ) as score_as_of
    from span

),

final as (

    select
        first_activity_at,
        last_activity_at,
        score_as_of,
        {{ epoch_seconds('score_as_of') }} as score_as_of_epoch,
        (
            {{ epoch_seconds('coalesce(first_activity_at, score_as_of)') }}
            + {{ epoch_seconds('score_as_of') }}
        ) / 2 as anchor_epoch
    from clock

)

select * from final
