{#-
    What followed each person's calibration cutoff within calibration_horizon_days (definitions:
    Calibration): an opportunity of the person (its primary person, or credited to one of the
    person's MQLs) created after the cutoff and at most the horizon later; one of those won and
    closed inside the horizon; an opportunity created at the person's account (after roll-up)
    inside the horizon. is_holdout puts evidence_holdout_percent of persons, by a hash of their
    id, aside for measuring AUC.
-#}
with cutoffs as (

    select * from {{ ref('int_calibration_cutoffs') }}

),

persons as (

    select * from {{ ref('int_persons') }}

),

matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}

),

opportunities as (

    select * from {{ ref('int_opportunities_credited') }}

),

windows as (

    select * from {{ ref('int_mql_windows') }}

),

person_opportunities as (

    select
        opportunity_id,
        primary_person_id as person_id
    from opportunities
    where primary_person_id is not null
    union
    select
        opportunities.opportunity_id,
        windows.person_id
    from opportunities
    inner join windows
        on opportunities.mql_id = windows.mql_id

),

dated_opportunities as (

    select
        opportunities.opportunity_id,
        opportunities.resolved_account_id,
        {{ epoch_seconds('opportunities.created_at') }} as created_epoch,
        opportunities.is_won and opportunities.closed_at is not null as is_won,
        {{ epoch_seconds('opportunities.closed_at') }} as closed_epoch
    from opportunities

),

person_cutoffs as (

    select
        persons.person_id,
        matched.resolved_account_id,
        cutoffs.cutoff_at,
        cutoffs.cutoff_epoch,
        cutoffs.cutoff_epoch + {{ var('calibration_horizon_days') }} * 86400.0 as horizon_epoch
    from persons
    inner join cutoffs
        on persons.first_created_at <= cutoffs.cutoff_at
    inner join matched
        on persons.person_id = matched.person_id

),

person_labels as (

    select
        person_cutoffs.person_id,
        person_cutoffs.cutoff_at,
        max(case when dated.is_won and dated.closed_epoch <= person_cutoffs.horizon_epoch then 1 else 0 end)
            as has_won
    from person_cutoffs
    inner join person_opportunities
        on person_cutoffs.person_id = person_opportunities.person_id
    inner join dated_opportunities as dated
        on person_opportunities.opportunity_id = dated.opportunity_id
            and person_cutoffs.cutoff_epoch < dated.created_epoch
            and person_cutoffs.horizon_epoch >= dated.created_epoch
    group by person_cutoffs.person_id, person_cutoffs.cutoff_at

),

account_labels as (

    select distinct
        person_cutoffs.person_id,
        person_cutoffs.cutoff_at
    from person_cutoffs
    inner join dated_opportunities as dated
        on person_cutoffs.resolved_account_id = dated.resolved_account_id
            and person_cutoffs.cutoff_epoch < dated.created_epoch
            and person_cutoffs.horizon_epoch >= dated.created_epoch

),

final as (

    select
        person_cutoffs.person_id,
        person_cutoffs.cutoff_at,
        person_labels.person_id is not null as has_opportunity,
        coalesce(person_labels.has_won = 1, false) as has_won,
        account_labels.person_id is not null or person_labels.person_id is not null as has_account_opportunity,
        {{ hash_bucket('person_cutoffs.person_id') }} < {{ var('evidence_holdout_percent') }} * 256 / 100.0
            as is_holdout
    from person_cutoffs
    left join person_labels
        on person_cutoffs.person_id = person_labels.person_id
            and person_cutoffs.cutoff_at = person_labels.cutoff_at
    left join account_labels
        on person_cutoffs.person_id = account_labels.person_id
            and person_cutoffs.cutoff_at = account_labels.cutoff_at

)

select * from final
