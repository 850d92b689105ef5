{#-
    What the joint fit of `make draft` reads (lead_qualification/draft_from_evidence.py): every lead-cutoff of
    int_calibration_outcomes with the features the engine can reproduce from seed rows, under the
    version in effect at score_as_of, one row per feature (long: a new activity type or rule value
    adds rows, never columns):
    - family activity, per activity type the version has a rule for: the decayed count at the
      cutoff, value = sum over the person's events at or before it of 0.5^(age_days / half_life),
      uncapped (the fit chooses the cap); a type never done by then has no row (value 0);
    - family person and account: the value each person dimension (seniority, department,
      buying_role, exclusion, email_type, lead_source) and each ICP attribute (industry, employee
      and revenue band, country, is_target_account) has, from int_signal_values, as a one-hot row
      (category = the value, value = 1);
    - technology: one row per technology of the account that an ICP rule of the version names.
    Fit has no history (today's attributes, as calibration reads them).
-#}
with outcomes as (

    select * from {{ ref('int_calibration_outcomes') }}

),

clock as (

    select * from {{ ref('int_scoring_clock') }}

),

activity_rules as (

    select rules.*
    from {{ ref('scoring_activity_rules') }} as rules
    inner join clock
        on rules.model_version = clock.model_version_in_effect
    where rules.half_life_days > 0

),

decayed_counts as (

    select
        outcomes.person_id,
        outcomes.cutoff_at,
        activity_rules.model_version,
        'activity' as feature_family,
        activity_rules.activity_type as feature,
        cast(null as {{ dbt.type_string() }}) as category,
        counts.decayed_count_at_cutoff as value
    from outcomes
    inner join {{ ref('int_behavior_decayed_counts_at_cutoffs') }} as counts
        on outcomes.person_id = counts.person_id
            and outcomes.cutoff_at = counts.cutoff_at
    inner join activity_rules
        on counts.activity_type = activity_rules.activity_type
            and counts.half_life_days = activity_rules.half_life_days

),

attribute_values as (

    select
        signal_values.person_id,
        signal_values.cutoff_at,
        clock.model_version_in_effect as model_version,
        signal_values.signal_family as feature_family,
        signal_values.signal as feature,
        signal_values.signal_value as category,
        1.0 as value
    from {{ ref('int_signal_values') }} as signal_values
    cross join clock
    where signal_values.signal_family in ('person', 'account')

),

technology_rules as (

    select rules.*
    from {{ ref('scoring_icp_rules') }} as rules
    inner join clock
        on rules.model_version = clock.model_version_in_effect
    where rules.attribute = 'technology'
        and rules.value <> '*'

),

technologies as (

    select
        outcomes.person_id,
        outcomes.cutoff_at,
        technology_rules.model_version,
        'account' as feature_family,
        'technology' as feature,
        lower(technology_rules.value) as category,
        1.0 as value
    from outcomes
    inner join {{ ref('int_persons_matched_to_accounts') }} as matched
        on outcomes.person_id = matched.person_id
    inner join {{ ref('stg_raw__accounts') }} as accounts
        on matched.resolved_account_id = accounts.account_id
    inner join technology_rules
        on {{ dbt.position(
            "';' || lower(technology_rules.value) || ';'",
            "';' || coalesce(accounts.technologies, '') || ';'") }} > 0

),

features as (

    select * from decayed_counts
    union all
    select * from attribute_values
    union all
    select * from technologies

),

final as (

    select
        features.person_id,
        features.cutoff_at,
        cast(features.model_version as {{ dbt.type_string() }}) as model_version,
        cast(features.feature_family as {{ dbt.type_string() }}) as feature_family,
        cast(features.feature as {{ dbt.type_string() }}) as feature,
        cast(features.category as {{ dbt.type_string() }}) as category,
        cast(features.value as {{ type_double() }}) as value,
        outcomes.has_opportunity,
        outcomes.is_holdout
    from features
    inner join outcomes
        on features.person_id = outcomes.person_id
            and features.cutoff_at = outcomes.cutoff_at

)

select * from final
