{#-
    Every person at every calibration cutoff under every version: the behavior score at the
    cutoff (nothing after it), person and account fit (no history in the raw contract: the fit
    attributes are today's, said in docs/evidence.md), the total and grade, and what followed.
-#}
with behavior as (

    select * from {{ ref('int_behavior_at_cutoffs') }}

),

fit as (

    select * from {{ ref('int_persons_fit_scored') }}

),

versions as (

    select * from {{ ref('scoring_models') }}

),

outcomes as (

    select * from {{ ref('int_calibration_outcomes') }}

),

scored as (

    select
        behavior.person_id,
        behavior.cutoff_at,
        behavior.model_version,
        versions.status,
        behavior.behavior_score,
        fit.person_score,
        fit.account_score,
        {{ total_score('versions', 'behavior.behavior_score', 'fit.person_score', 'fit.account_score') }}
            as total_score,
        {{ fit_score('versions', 'fit.person_score', 'fit.account_score') }} as fit_score,
        versions.engaged_threshold,
        versions.active_threshold
    from behavior
    inner join fit
        on behavior.person_id = fit.person_id
            and behavior.model_version = fit.model_version
    inner join versions
        on behavior.model_version = versions.model_version

),

final as (

    select
        scored.person_id,
        scored.cutoff_at,
        scored.model_version,
        scored.status,
        {{ mart_score('scored.behavior_score') }} as behavior_score,
        {{ mart_score('scored.total_score') }} as total_score,
        {{ grade('scored.fit_score', 'scored.behavior_score', 'scored.engaged_threshold', 'scored.active_threshold') }}
            as grade,
        outcomes.has_opportunity,
        outcomes.has_won,
        outcomes.has_account_opportunity,
        outcomes.is_holdout
    from scored
    inner join outcomes
        on scored.person_id = outcomes.person_id
            and scored.cutoff_at = outcomes.cutoff_at

)

select * from final
