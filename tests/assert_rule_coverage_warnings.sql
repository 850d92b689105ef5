-- Warns, in words, when the rules cannot see your data (rpt_rule_coverage): a floor keeps out
-- more than half of the handraisers (persons who asked for contact), or most values of an
-- input match no rule. Each warning names the version and the seed to edit. The words are
-- printed when the test runs (dbt's log, "[WARNING]"); the rows it returns hold them too.
{{ config(severity='warn') }}

{%- set seeds = {
    'job_title': 'scoring_title_rules.csv (keywords per dimension)',
    'industry': 'scoring_icp_rules.csv (attribute industry)',
    'country': 'scoring_icp_rules.csv (attribute country) or country_aliases.csv',
    'employee_count': 'scoring_icp_rules.csv (employee_count bands)',
    'annual_revenue': 'scoring_icp_rules.csv (annual_revenue bands)',
    'lead_source': 'scoring_title_rules.csv (dimension lead_source)',
    'activity_type': 'activity_types.csv or activity_type_aliases.csv',
} -%}

{%- set warnings -%}
with coverage as (

    select * from {{ ref('rpt_rule_coverage') }}

),

versions as (

    select * from {{ ref('scoring_models') }}

),

top_values as (

    select
        model_version,
        input,
        {{ dbt.listagg("value || ' (' || cast(persons as " ~ dbt.type_string() ~ ") || ')'", "', '", "order by value_rank", 5) }}
            as examples
    from coverage
    where measure = 'unrecognised' and value_rank <= 5
    group by model_version, input

)

select
    coverage.model_version,
    coverage.input,
    'Version ' || coverage.model_version || ': the ' || coverage.input || ' ('
    || {{ format_score("case when coverage.input = 'person_floor' then versions.person_floor else versions.account_floor end") }}
    || ') keeps out ' || cast(cast(round(coverage.share * 100, 0) as integer) as {{ dbt.type_string() }})
    || '% of the ' || cast(coverage.of_persons as {{ dbt.type_string() }})
    || ' handraisers (fit below the floor). Lower ' || coverage.input
    || ' in seeds/scoring/scoring_models.csv, or give the missing fit data points (see rpt_rule_coverage).'
        as message
from coverage
inner join versions
    on coverage.model_version = versions.model_version
where coverage.measure = 'kept_out_by_floor'
    and coverage.value = 'handraisers'
    and coverage.share > 0.5

union all

select
    coverage.model_version,
    coverage.input,
    'Version ' || coverage.model_version || ': ' || cast(cast(round(coverage.share * 100, 0) as integer) as {{ dbt.type_string() }})
    || '% of the persons with a ' || coverage.input || ' have a value no rule knows ('
    || coalesce(top_values.examples, '') || '). Add rules for them in seeds/scoring/'
    || case coverage.input
        {% for input, seed in seeds.items() %}
        when '{{ input }}' then '{{ seed }}'
        {% endfor %}
    end || '.' as message
from coverage
left join top_values
    on coverage.model_version = top_values.model_version
        and coverage.input = top_values.input
where coverage.measure = 'unrecognised'
    and coverage.value is null
    and coverage.share > 0.5
{%- endset -%}

{%- if execute -%}
    {%- for row in run_query(warnings).rows -%}
        {%- do exceptions.warn(row[2]) -%}
    {%- endfor -%}
{%- endif -%}

{{ warnings }}
