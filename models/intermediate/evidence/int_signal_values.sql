{#-
    Every person at every calibration cutoff, once per signal with the value it had then (definitions:
    Calibration; docs/evidence.md). Each signal's values partition the lead-cutoffs, so weight of
    evidence and information value are well defined:
    - family activity: per scored activity type, how long before the cutoff the person last did
      it ('0-30d', '31-90d', '91d+', 'never'; nothing after the cutoff);
    - family person: seniority, department, buying_role, exclusion, email_type (title rules of
      the version in effect at score_as_of), and lead_source (lower-cased and trimmed, as the
      lead_source rules match it);
    - family account: industry, employee_count and annual_revenue bands, country and
      is_target_account of the person's account (ICP rules of the same version), each as account
      fit reads it: the country of a matched account is the account's, of an unmatched person
      the lead's; an account not on the target list, or a person with none, is 'false'.
    A missing value is '(none)'. int_evidence_features reads these values as the joint fit's
    one-hot features.
-#}
{%- set person_signals = ['seniority', 'department', 'buying_role', 'exclusion', 'email_type'] -%}

with outcomes as (

    select * from {{ ref('int_calibration_outcomes') }}

),

clock as (

    select * from {{ ref('int_scoring_clock') }}

),

persons as (

    select * from {{ ref('int_persons') }}

),

person_fit as (

    select fit.*
    from {{ ref('int_persons_fit_scored') }} as fit
    inner join clock
        on fit.model_version = clock.model_version_in_effect

),

account_fit as (

    select fit.*
    from {{ ref('int_accounts_fit_scored') }} as fit
    inner join clock
        on fit.model_version = clock.model_version_in_effect

),

matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}

),

accounts as (

    select * from {{ ref('stg_raw__accounts') }}

),

scored_types as (

    select distinct activity_type from {{ ref('scoring_activity_rules') }}

),

last_done as (

    -- each scored type's latest activity at or before each cutoff (no row when the type was
    -- never done by then; one row per half-life the type has, all with the same time)
    select distinct
        person_id,
        cutoff_at,
        activity_type,
        last_event_epoch
    from {{ ref('int_behavior_decayed_counts_at_cutoffs') }}

),

activity_signals as (

    select
        outcomes.person_id,
        outcomes.cutoff_at,
        'activity' as signal_family,
        scored_types.activity_type as signal,
        case
            when last_done.last_event_epoch is null then 'never'
            when {{ epoch_seconds('outcomes.cutoff_at') }} - last_done.last_event_epoch <= 30 * 86400.0 then '0-30d'
            when {{ epoch_seconds('outcomes.cutoff_at') }} - last_done.last_event_epoch <= 90 * 86400.0 then '31-90d'
            else '91d+'
        end as signal_value
    from outcomes
    cross join scored_types
    left join last_done
        on outcomes.person_id = last_done.person_id
            and outcomes.cutoff_at = last_done.cutoff_at
            and scored_types.activity_type = last_done.activity_type

),

attributes as (

    select
        persons.person_id,
        lower(trim(persons.lead_source)) as lead_source,
        {% for signal in person_signals %}
            person_fit.{{ signal }},
        {% endfor %}
        lower(accounts.industry) as industry,
        account_fit.employee_band,
        account_fit.revenue_band,
        case when matched.resolved_account_id is null then persons.country else accounts.country end
            as country,
        case when accounts.is_target_account then 'true' else 'false' end as is_target_account
    from persons
    inner join matched
        on persons.person_id = matched.person_id
    left join person_fit
        on persons.person_id = person_fit.person_id
    left join account_fit
        on matched.account_key = account_fit.account_key
    left join accounts
        on matched.resolved_account_id = accounts.account_id

),

{%- set attribute_signals = [] -%}
{%- for signal in person_signals -%}
    {%- do attribute_signals.append(('person', signal, signal)) -%}
{%- endfor -%}
{%- do attribute_signals.extend([
    ('account', 'industry', 'industry'),
    ('account', 'employee_count', 'employee_band'),
    ('account', 'annual_revenue', 'revenue_band'),
    ('account', 'country', 'country'),
    ('account', 'is_target_account', 'is_target_account'),
    ('person', 'lead_source', 'lead_source'),
]) %}

attribute_signals as (

    {% for family, signal, column in attribute_signals %}
        select
            outcomes.person_id,
            outcomes.cutoff_at,
            '{{ family }}' as signal_family,
            '{{ signal }}' as signal,
            coalesce(cast(attributes.{{ column }} as {{ dbt.type_string() }}), '(none)') as signal_value
        from outcomes
        inner join attributes
            on outcomes.person_id = attributes.person_id
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

signals as (

    select * from activity_signals
    union all
    select * from attribute_signals

),

final as (

    select
        signals.person_id,
        signals.cutoff_at,
        signals.signal_family,
        signals.signal,
        signals.signal_value,
        outcomes.has_opportunity,
        outcomes.is_holdout
    from signals
    inner join outcomes
        on signals.person_id = outcomes.person_id
            and signals.cutoff_at = outcomes.cutoff_at

)

select * from final
