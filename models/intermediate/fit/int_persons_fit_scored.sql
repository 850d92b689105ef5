{#-
    Person fit (definitions: Fit), per scoring-model version, for every surviving person: in
    each dimension of the title rules (seniority, department, buying_role, exclusion) the rule
    with the lowest priority whose keyword occurs as a whole word or phrase in the normalised
    title wins (ties: the longer keyword, then the keyword), '*' being each dimension's fallback;
    the email_type rule adds the points for a business, personal (free-mail), competitor or
    missing address; a lead_source rule adds the points of the person's lead source (lower-cased,
    trimmed, matched exactly, '*' the fallback; the bundled versions have no such rows, so 0). person_score is the sum clamped to 0-100, never null. The person's account
    fit (account_score, tier) is the fit of their account key (int_accounts_fit_scored).
-#}
with persons as (

    select * from {{ ref('int_persons') }}

),

matched_persons as (

    select * from {{ ref('int_persons_matched_to_accounts') }}

),

account_fit as (

    select * from {{ ref('int_accounts_fit_scored') }}

),

versions as (

    select model_version from {{ ref('scoring_models') }}

),

rules as (

    select
        model_version,
        dimension,
        lower(keyword) as keyword,
        value,
        points,
        priority
    from {{ ref('scoring_title_rules') }}

),

titles as (

    -- many persons share a title: each distinct title is matched to the title rules once
    select distinct coalesce(title_words, '') as title_key
    from persons

),

title_matches as (

    select
        titles.title_key,
        rules.*
    from titles
    inner join rules
        on rules.dimension not in ('email_type', 'lead_source')
            and (
                rules.keyword = '*'
                or {{ dbt.position("' ' || rules.keyword || ' '", "titles.title_key") }} > 0
            )

),

candidates as (

    -- every rule a person matches, one row per person and rule: the title rules of their title,
    -- then the email_type rule of their address and the lead_source rules of their source and
    -- '*' (a few rules per version, so the join with an or stays small)
    select
        persons.person_id,
        title_matches.model_version,
        title_matches.dimension,
        title_matches.keyword,
        title_matches.value,
        title_matches.points,
        title_matches.priority
    from persons
    inner join title_matches
        on coalesce(persons.title_words, '') = title_matches.title_key

    union all

    select
        persons.person_id,
        rules.model_version,
        rules.dimension,
        rules.keyword,
        rules.value,
        rules.points,
        rules.priority
    from persons
    inner join rules
        on (rules.dimension = 'email_type' and persons.email_type = rules.keyword)
            or (
                rules.dimension = 'lead_source'
                and (rules.keyword = '*' or lower(trim(persons.lead_source)) = rules.keyword)
            )

),

matches as (

    select
        person_id,
        model_version,
        dimension,
        value,
        points,
        row_number() over (
            partition by person_id, model_version, dimension
            order by priority asc, length(keyword) desc, keyword
        ) as match_rank
    from candidates

),

pivoted as (

    select
        person_id,
        model_version,
        {% for dimension in ['seniority', 'department', 'buying_role', 'exclusion', 'email_type', 'lead_source'] %}
            max(case when dimension = '{{ dimension }}' then value end) as {{ dimension }},
            coalesce(sum(case when dimension = '{{ dimension }}' then points end), 0) as {{ dimension }}_points,
        {% endfor %}
        sum(points) as raw_points
    from matches
    where match_rank = 1
    group by person_id, model_version

),

final as (

    select
        persons.person_id,
        versions.model_version,
        coalesce(pivoted.seniority, 'unknown') as seniority,
        coalesce(pivoted.department, 'other') as department,
        coalesce(pivoted.buying_role, 'none') as buying_role,
        coalesce(pivoted.exclusion, 'none') as exclusion,
        persons.email_type,
        cast(coalesce(pivoted.seniority_points, 0) as {{ dbt.type_numeric() }}) as seniority_points,
        cast(coalesce(pivoted.department_points, 0) as {{ dbt.type_numeric() }}) as department_points,
        cast(coalesce(pivoted.buying_role_points, 0) as {{ dbt.type_numeric() }}) as buying_role_points,
        cast(coalesce(pivoted.exclusion_points, 0) as {{ dbt.type_numeric() }}) as exclusion_points,
        cast(coalesce(pivoted.email_type_points, 0) as {{ dbt.type_numeric() }}) as email_type_points,
        cast(coalesce(pivoted.lead_source_points, 0) as {{ dbt.type_numeric() }}) as lead_source_points,
        cast({{ clamp('coalesce(pivoted.raw_points, 0)') }} as {{ dbt.type_numeric() }}) as person_score,
        matched_persons.account_key,
        account_fit.account_score,
        account_fit.tier
    from persons
    cross join versions
    left join pivoted
        on persons.person_id = pivoted.person_id
            and versions.model_version = pivoted.model_version
    inner join matched_persons
        on persons.person_id = matched_persons.person_id
    inner join account_fit
        on matched_persons.account_key = account_fit.account_key
            and versions.model_version = account_fit.model_version

)

select * from final
