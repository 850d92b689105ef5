{#-
    Whether each person qualifies at each instant (spec: Total and grade, MQL), in every series
    MQL detection reads: 'production' scores each instant under the active version in effect at
    that instant (the earliest active version before the first effective_from; drafts never
    score production), and a series named after a version flagged restate scores every instant
    under that version, as if it had been in effect all along (the restatement report).

    is_qualified (Q at t): person fit >= person_floor, account fit >= account_floor, and the
    total >= mql_threshold or a handraiser activity within the window (t - W <= occurred_at <= t).
    is_qualified_before (Q- at t): the same over behavior strictly before t, decayed to t, and
    handraisers strictly before t. Every comparison is on the value rounded once
    (rounded_score) and "at or over".
-#}
with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

behavior as (

    select {{ behavior_score_columns() }}
    from {{ ref('int_behavior_instants') }}
    where occurred_at <= (select clock.score_as_of from clock)

    union all

    select {{ behavior_score_columns() }}
    from {{ ref('int_behavior_as_of') }}

),

fit as (

    select * from {{ ref('int_persons_fit_scored') }}

),

versions as (

    select * from {{ ref('scoring_models') }}

),

versions_in_effect as (

    select * from {{ ref('int_scoring_versions_in_effect') }}

),

series as (

    select
        'production' as series,
        behavior.*
    from behavior
    inner join versions_in_effect
        on behavior.model_version = versions_in_effect.model_version
            and behavior.occurred_at >= versions_in_effect.in_effect_from
            and behavior.occurred_at < versions_in_effect.in_effect_until

    union all

    select
        behavior.model_version as series,
        behavior.*
    from behavior
    inner join versions
        on behavior.model_version = versions.model_version
    where versions.restate

),

scored as (

    select
        series.*,
        fit.person_score,
        fit.account_score,
        fit.tier,
        {{ total_score('versions', 'series.behavior_score', 'fit.person_score', 'fit.account_score') }}
            as total_score,
        {{ total_score('versions', 'series.behavior_score_before', 'fit.person_score', 'fit.account_score') }}
            as total_score_before,
        {{ fit_score('versions', 'fit.person_score', 'fit.account_score') }} as fit_score,
        versions.mql_threshold,
        versions.person_floor,
        versions.account_floor,
        versions.handraiser_window_days,
        versions.engaged_threshold,
        versions.active_threshold
    from series
    inner join fit
        on series.person_id = fit.person_id
            and series.model_version = fit.model_version
    inner join versions
        on series.model_version = versions.model_version

),

flagged as (

    select
        *,
        {{ rounded_score('person_score') }} >= person_floor
        and {{ rounded_score('account_score') }} >= account_floor as is_fit,
        coalesce(t_epoch - last_handraiser_epoch <= handraiser_window_days * 86400.0, false)
            as has_recent_handraiser,
        coalesce(t_epoch - last_handraiser_before_epoch <= handraiser_window_days * 86400.0, false)
            as had_recent_handraiser_before
    from scored

),

final as (

    select
        *,
        is_fit and ({{ rounded_score('total_score') }} >= mql_threshold or has_recent_handraiser)
            as is_qualified,
        is_fit and ({{ rounded_score('total_score_before') }} >= mql_threshold or had_recent_handraiser_before)
            as is_qualified_before
    from flagged

)

select * from final
