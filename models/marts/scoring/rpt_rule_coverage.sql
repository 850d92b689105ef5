{#-
    What your data lets the rules see, per active version, counting persons (int_persons):
    - measure 'missing': per input the rules read, the persons for whom it is empty (job title,
      email - email_type 'missing' -, industry, employee and revenue bands, country, technologies
      of the person's account as account fit reads them; lead source; any activity at all);
    - measure 'unrecognised': per input, non-null values no rule of the version knows (they fall
      to the '*' rule, or to no rule for bands): the top 20 values with their persons
      (value_rank 1-20), and one row with value null for all of them (share of the persons with
      a value). A title is unrecognised when seniority, department and buying role all fall to
      '*' and no exclusion matches. Activity types are the raw types staging rejected as
      unknown_activity_type (the same for every version). Lead sources count only for a version
      with lead_source rules;
    - measure 'kept_out_by_floor': per floor (person_floor, account_floor), of the handraisers
      (a handraiser activity ever, under the version's rules) and of the high-behavior persons
      (maximum behavior score >= engaged_threshold), how many have fit below the floor at
      score_as_of (fit has no history: today's attributes).
    assert_rule_coverage_warnings says in words when a floor keeps out most handraisers or most
    values of an input are unrecognised.
-#}
with versions as (

    select * from {{ ref('scoring_models') }}
    where status = 'active'

),

clock as (

    select * from {{ ref('int_scoring_clock') }}

),

persons as (

    select * from {{ ref('int_persons') }}

),

matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}

),

accounts as (

    select * from {{ ref('stg_raw__accounts') }}

),

person_fit as (

    select * from {{ ref('int_persons_fit_scored') }}

),

title_rules as (

    select * from {{ ref('scoring_title_rules') }}

),

icp_rules as (

    select * from {{ ref('scoring_icp_rules') }}

),

active_persons as (

    select distinct person_id from {{ ref('int_activities_rekeyed') }}
    where person_id is not null

),

inputs as (

    -- every person with what each input is, as the rules read it
    select
        persons.person_id,
        lower(persons.job_title) as job_title,
        persons.email_type,
        lower(persons.lead_source) as lead_source,
        lower(accounts.industry) as industry,
        accounts.employee_count,
        accounts.annual_revenue,
        lower(case when matched.resolved_account_id is null then persons.country else accounts.country end)
            as country,
        accounts.technologies,
        active_persons.person_id is not null as has_activity
    from persons
    inner join matched
        on persons.person_id = matched.person_id
    left join accounts
        on matched.resolved_account_id = accounts.account_id
    left join active_persons
        on persons.person_id = active_persons.person_id

),

missing as (

    {% for input, condition in [
        ('job_title', 'inputs.job_title is null'),
        ('email', "inputs.email_type = 'missing'"),
        ('industry', 'inputs.industry is null'),
        ('employee_count', 'inputs.employee_count is null'),
        ('annual_revenue', 'inputs.annual_revenue is null'),
        ('country', 'inputs.country is null'),
        ('technologies', 'inputs.technologies is null'),
        ('lead_source', 'inputs.lead_source is null'),
        ('activity', 'not inputs.has_activity'),
    ] %}
        select
            versions.model_version,
            'missing' as measure,
            '{{ input }}' as input,
            cast(null as {{ dbt.type_string() }}) as value,
            sum(case when {{ condition }} then 1 else 0 end) as persons,
            count(*) as of_persons
        from inputs
        cross join versions
        group by versions.model_version
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

fallback_values as (

    -- what each title dimension's '*' rule makes of a title, per version
    select
        model_version,
        dimension,
        max(value) as fallback_value
    from title_rules
    where keyword = '*'
    group by model_version, dimension

),

unrecognised_titles as (

    select
        person_fit.model_version,
        'job_title' as input,
        inputs.job_title as value,
        inputs.person_id
    from person_fit
    inner join versions
        on person_fit.model_version = versions.model_version
    inner join inputs
        on person_fit.person_id = inputs.person_id
    left join fallback_values as seniority
        on person_fit.model_version = seniority.model_version and seniority.dimension = 'seniority'
    left join fallback_values as department
        on person_fit.model_version = department.model_version and department.dimension = 'department'
    left join fallback_values as buying_role
        on person_fit.model_version = buying_role.model_version and buying_role.dimension = 'buying_role'
    left join fallback_values as exclusion
        on person_fit.model_version = exclusion.model_version and exclusion.dimension = 'exclusion'
    where inputs.job_title is not null
        and person_fit.seniority = coalesce(seniority.fallback_value, 'unknown')
        and person_fit.department = coalesce(department.fallback_value, 'other')
        and person_fit.buying_role = coalesce(buying_role.fallback_value, 'none')
        and person_fit.exclusion = coalesce(exclusion.fallback_value, 'none')

),

rule_values as (

    select
        model_version,
        attribute,
        lower(cast(value as {{ dbt.type_string() }})) as rule_value,
        min_value,
        max_value
    from icp_rules
    union all
    select
        model_version,
        'lead_source' as attribute,
        lower(keyword) as rule_value,
        null as min_value,
        null as max_value
    from title_rules
    where dimension = 'lead_source'

),

scored_sources as (

    -- versions with lead-source rules: only there is a lead source "unknown"
    select distinct model_version from rule_values
    where attribute = 'lead_source'

),

unrecognised_values as (

    {% for input in ['industry', 'country', 'lead_source'] %}
        select
            versions.model_version,
            '{{ input }}' as input,
            inputs.{{ input }} as value,
            inputs.person_id
        from inputs
        cross join versions
        left join rule_values
            on versions.model_version = rule_values.model_version
                and rule_values.attribute = '{{ input }}'
                and inputs.{{ input }} = rule_values.rule_value
        where inputs.{{ input }} is not null
            and rule_values.rule_value is null
            {%- if input == 'lead_source' %}
                and versions.model_version in (select scored_sources.model_version from scored_sources)
            {%- endif %}
        union all
    {% endfor %}
    {% for input in ['employee_count', 'annual_revenue'] %}
        select
            versions.model_version,
            '{{ input }}' as input,
            cast(inputs.{{ input }} as {{ dbt.type_string() }}) as value,
            inputs.person_id
        from inputs
        cross join versions
        left join rule_values
            on versions.model_version = rule_values.model_version
                and rule_values.attribute = '{{ input }}'
                and inputs.{{ input }} >= rule_values.min_value
                and (rule_values.max_value is null or inputs.{{ input }} <= rule_values.max_value)
        where inputs.{{ input }} is not null
            and rule_values.attribute is null
        union all
    {% endfor %}
    select * from unrecognised_titles
    union all
    select
        versions.model_version,
        'activity_type' as input,
        lower(rejected.activity_type_text) as value,
        coalesce(resolved.person_id, 'lead:' || rejected.lead_id) as person_id
    from {{ ref('val_raw__activities') }} as rejected
    cross join versions
    left join {{ ref('int_leads_resolved') }} as resolved
        on rejected.lead_id = resolved.lead_id
    where rejected.rejection_reason = 'unknown_activity_type'
        and rejected.lead_id is not null

),

with_values as (

    -- persons with a value of each input: the denominator of the unrecognised share
    {% for input in ['job_title', 'industry', 'country', 'lead_source', 'employee_count', 'annual_revenue'] %}
        select
            versions.model_version,
            '{{ input }}' as input,
            sum(case when inputs.{{ input }} is not null then 1 else 0 end) as persons
        from inputs
        cross join versions
        group by versions.model_version
        union all
    {% endfor %}
    select
        versions.model_version,
        'activity_type' as input,
        count(distinct activities.person_id) as persons
    from {{ ref('int_activities_rekeyed') }} as activities
    cross join versions
    where activities.person_id is not null
    group by versions.model_version

),

unrecognised_counts as (

    select
        model_version,
        input,
        value,
        count(distinct person_id) as persons,
        row_number() over (
            partition by model_version, input
            order by count(distinct person_id) desc, value
        ) as value_rank
    from unrecognised_values
    group by model_version, input, value

),

unrecognised_totals as (

    select
        model_version,
        input,
        count(distinct person_id) as persons
    from unrecognised_values
    group by model_version, input

),

unrecognised as (

    select
        unrecognised_counts.model_version,
        'unrecognised' as measure,
        unrecognised_counts.input,
        unrecognised_counts.value,
        unrecognised_counts.persons,
        coalesce(with_values.persons, 0) as of_persons,
        unrecognised_counts.value_rank
    from unrecognised_counts
    left join with_values
        on unrecognised_counts.model_version = with_values.model_version
            and unrecognised_counts.input = with_values.input
    where unrecognised_counts.value_rank <= 20

    union all

    select
        with_values.model_version,
        'unrecognised' as measure,
        with_values.input,
        cast(null as {{ dbt.type_string() }}) as value,
        coalesce(unrecognised_totals.persons, 0) as persons,
        with_values.persons as of_persons,
        cast(null as integer) as value_rank
    from with_values
    left join unrecognised_totals
        on with_values.model_version = unrecognised_totals.model_version
            and with_values.input = unrecognised_totals.input

),

behavior_peaks as (

    select
        instants.person_id,
        instants.model_version,
        max(instants.behavior_score) as max_behavior
    from {{ ref('int_behavior_instants') }} as instants
    cross join clock
    where instants.occurred_at <= clock.score_as_of
    group by instants.person_id, instants.model_version

),

handraisers as (

    select
        person_id,
        model_version
    from {{ ref('int_behavior_as_of') }}
    where last_handraiser_epoch is not null

),

fit_groups as (

    select
        person_fit.model_version,
        'handraisers' as person_group,
        person_fit.person_score,
        person_fit.account_score
    from person_fit
    inner join handraisers
        on person_fit.person_id = handraisers.person_id
            and person_fit.model_version = handraisers.model_version

    union all

    select
        person_fit.model_version,
        'high_behavior' as person_group,
        person_fit.person_score,
        person_fit.account_score
    from person_fit
    inner join behavior_peaks
        on person_fit.person_id = behavior_peaks.person_id
            and person_fit.model_version = behavior_peaks.model_version
    inner join versions
        on person_fit.model_version = versions.model_version
    where behavior_peaks.max_behavior >= versions.engaged_threshold

),

person_groups as (

    select 'handraisers' as person_group
    union all
    select 'high_behavior' as person_group

),

kept_out as (

    {% for floor, score in [('person_floor', 'person_score'), ('account_floor', 'account_score')] %}
        select
            versions.model_version,
            'kept_out_by_floor' as measure,
            '{{ floor }}' as input,
            person_groups.person_group as value,
            sum(case when fit_groups.model_version is not null
                    and {{ rounded_score('fit_groups.' ~ score) }} < versions.{{ floor }} then 1
                else 0
            end) as persons,
            count(fit_groups.model_version) as of_persons,
            cast(null as integer) as value_rank
        from versions
        cross join person_groups
        left join fit_groups
            on versions.model_version = fit_groups.model_version
                and person_groups.person_group = fit_groups.person_group
        group by versions.model_version, person_groups.person_group
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

measures as (

    select
        model_version,
        measure,
        input,
        value,
        persons,
        of_persons,
        cast(null as integer) as value_rank
    from missing
    union all
    select * from unrecognised
    union all
    select * from kept_out

),

final as (

    select
        measures.model_version,
        measures.measure,
        measures.input,
        measures.value,
        measures.value_rank,
        measures.persons,
        measures.of_persons,
        {{ ratio('measures.persons', 'measures.of_persons') }} as share
    from measures

)

select {{ contract_columns() }}
from final
