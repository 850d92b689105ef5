{#-
    Account fit (definitions: Fit), per scoring-model version, for every
    account key: each staged account on its own attributes, and each unmatched person as their
    own account scored on what the lead record has (its country; every other attribute unknown).
    Each attribute takes the points of its best rule (an exact value before '*'; a band that
    contains the number); technologies add up the points of every listed technology. The sum is
    clamped to 0-100 and lettered A-D on the rounded score. Fit has no history: the rules apply
    to the attributes as staged now.
-#}
with accounts as (

    select * from {{ ref('stg_raw__accounts') }}

),

matched_persons as (

    select * from {{ ref('int_persons_matched_to_accounts') }}

),

persons as (

    select * from {{ ref('int_persons') }}

),

versions as (

    select model_version from {{ ref('scoring_models') }}

),

rules as (

    select
        model_version,
        attribute,
        lower(cast(value as {{ dbt.type_string() }})) as rule_value,
        cast(min_value as {{ dbt.type_numeric() }}) as min_value,
        cast(max_value as {{ dbt.type_numeric() }}) as max_value,
        points
    from {{ ref('scoring_icp_rules') }}

),

accounts_to_score as (

    select
        account_id as account_key,
        false as is_person_account,
        lower(industry) as industry,
        employee_count,
        annual_revenue,
        lower(country) as country,
        technologies,
        is_target_account
    from accounts

    union all

    select
        'person:' || persons.person_id as account_key,
        true as is_person_account,
        null as industry,
        null as employee_count,
        null as annual_revenue,
        lower(persons.country) as country,
        null as technologies,
        false as is_target_account
    from persons
    inner join matched_persons
        on persons.person_id = matched_persons.person_id
    where matched_persons.match_method = 'unmatched'

),

matches as (

    select
        accounts_to_score.account_key,
        rules.model_version,
        rules.attribute,
        rules.rule_value,
        rules.points,
        row_number() over (
            partition by accounts_to_score.account_key, rules.model_version, rules.attribute
            order by case when rules.rule_value = '*' then 1 else 0 end, rules.rule_value
        ) as match_rank
    from accounts_to_score
    inner join rules
        on (rules.attribute = 'industry' and rules.rule_value in (accounts_to_score.industry, '*'))
            or (rules.attribute = 'country' and rules.rule_value in (accounts_to_score.country, '*'))
            or (
                rules.attribute = 'employee_count'
                and accounts_to_score.employee_count >= rules.min_value
                and (rules.max_value is null or accounts_to_score.employee_count <= rules.max_value)
            )
            or (
                rules.attribute = 'annual_revenue'
                and accounts_to_score.annual_revenue >= rules.min_value
                and (rules.max_value is null or accounts_to_score.annual_revenue <= rules.max_value)
            )
            or (
                rules.attribute = 'technology'
                and rules.rule_value <> '*'
                and {{ dbt.position(
                    "';' || rules.rule_value || ';'",
                    "';' || coalesce(accounts_to_score.technologies, '') || ';'") }} > 0
            )
            or (
                rules.attribute = 'is_target_account'
                and rules.rule_value = case when accounts_to_score.is_target_account then 'true' else 'false' end
            )

),

counted as (

    -- the best rule of each attribute; every matching technology
    select * from matches
    where match_rank = 1 or attribute = 'technology'

),

summed as (

    select
        account_key,
        model_version,
        {% for attribute in [
            'industry', 'employee_count', 'annual_revenue', 'country', 'technology', 'is_target_account'] %}
            coalesce(sum(case when attribute = '{{ attribute }}' then points end), 0) as {{ attribute }}_points,
        {% endfor %}
        max(case when attribute = 'employee_count' then rule_value end) as employee_band,
        max(case when attribute = 'annual_revenue' then rule_value end) as revenue_band,
        sum(points) as raw_points
    from counted
    group by account_key, model_version

),

final as (

    select
        accounts_to_score.account_key,
        versions.model_version,
        accounts_to_score.is_person_account,
        cast(coalesce(summed.industry_points, 0) as {{ dbt.type_numeric() }}) as industry_points,
        cast(coalesce(summed.employee_count_points, 0) as {{ dbt.type_numeric() }}) as employee_count_points,
        cast(coalesce(summed.annual_revenue_points, 0) as {{ dbt.type_numeric() }}) as annual_revenue_points,
        cast(coalesce(summed.country_points, 0) as {{ dbt.type_numeric() }}) as country_points,
        cast(coalesce(summed.technology_points, 0) as {{ dbt.type_numeric() }}) as technology_points,
        cast(coalesce(summed.is_target_account_points, 0) as {{ dbt.type_numeric() }}) as is_target_account_points,
        summed.employee_band,
        summed.revenue_band,
        cast({{ clamp('coalesce(summed.raw_points, 0)') }} as {{ dbt.type_numeric() }}) as account_score,
        {{ fit_letter(clamp('coalesce(summed.raw_points, 0)')) }} as tier
    from accounts_to_score
    cross join versions
    left join summed
        on accounts_to_score.account_key = summed.account_key
            and versions.model_version = summed.model_version

)

select * from final
