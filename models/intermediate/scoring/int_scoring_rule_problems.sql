{#-
    The scoring seeds checked before anything is scored with them: one row per problem, naming
    the seed, the version, the row and the column, in words a marketing-operations person can act
    on. When there is any, the build stops here with every problem listed (the query runs when
    the model compiles, against the seeds just loaded), and int_scoring_versions_in_effect, which
    every score reads, is skipped. Checked: weights add up to 1 (within 0.001); thresholds and
    floors within 0-100; status active or draft; at most one active version per effective_from;
    rule points within -100..100; half-lives above 0; caps 0 or more, or empty; rules of a version
    that scoring_models lacks; country codes of two letters; the account stages: every version has
    each stage once, in the order of account_stages(), with a window for aware, engaged and
    qualified, min_people for engaged, and nothing a stage does not use. Booleans and dates that do not parse
    stop the seed itself, in the same words (macros/seeds/seed_columns.sql); a value that is not a
    number stops `dbt seed` with the engine's message.
-#}
{%- set checks -%}
with models as (

    select * from {{ ref('scoring_models') }}

),

activity_rules as (

    select * from {{ ref('scoring_activity_rules') }}

),

title_rules as (

    select * from {{ ref('scoring_title_rules') }}

),

icp_rules as (

    select * from {{ ref('scoring_icp_rules') }}

),

account_stages as (

    select * from {{ ref('scoring_account_stages') }}

),

problems as (

    select
        'scoring_models' as seed,
        model_version,
        model_version as seed_row,
        'w_behavior, w_person, w_account' as seed_column,
        'the weights add up to ' || cast(cast(round(cast(w_behavior + w_person + w_account as decimal(18, 6)), 3) as {{ type_double() }}) as {{ dbt.type_string() }})
        || '; they must add up to 1 (within 0.001)' as problem
    from models
    where abs(coalesce(w_behavior, 0) + coalesce(w_person, 0) + coalesce(w_account, 0) - 1) > 0.001

    {% for column in ['mql_threshold', 'person_floor', 'account_floor', 'engaged_threshold', 'active_threshold'] %}
    union all
    select
        'scoring_models',
        model_version,
        model_version,
        '{{ column }}',
        'is ' || coalesce(cast(cast({{ column }} as {{ type_double() }}) as {{ dbt.type_string() }}), 'empty') || '; it must be a score from 0 to 100'
    from models
    where {{ column }} is null or {{ column }} < 0 or {{ column }} > 100
    {% endfor %}

    union all
    select
        'scoring_models',
        model_version,
        model_version,
        'status',
        'is ''' || coalesce(status, '') || '''; it must be active or draft'
    from models
    where status is null or status not in ('active', 'draft')

    union all
    select
        'scoring_models',
        min(model_version),
        min(model_version) || ', ' || max(model_version),
        'effective_from',
        'two active versions take effect on ' || cast(effective_from as {{ dbt.type_string() }})
        || '; give one another date or make it a draft'
    from models
    where status = 'active'
    group by effective_from
    having count(*) > 1

    {% for seed, key, has_points in [('activity_rules', 'activity_type', true), ('title_rules', 'keyword', true),
        ('icp_rules', 'value', true), ('account_stages', 'stage', false)] %}
    {% if has_points %}
    union all
    select
        'scoring_{{ seed }}',
        model_version,
        model_version || ' / ' || coalesce(cast({{ key }} as {{ dbt.type_string() }}), ''),
        'points',
        'is ' || coalesce(cast(cast(points as {{ type_double() }}) as {{ dbt.type_string() }}), 'empty') || '; points must be from -100 to 100'
    from {{ seed }}
    where points is null or points < -100 or points > 100
    {% endif %}

    union all
    select
        'scoring_{{ seed }}',
        model_version,
        model_version || ' / ' || coalesce(cast({{ key }} as {{ dbt.type_string() }}), ''),
        'model_version',
        'names a version scoring_models does not have; add it there or remove the rule'
    from {{ seed }}
    where model_version not in (select models.model_version from models)
    {% endfor %}

    union all
    select
        'scoring_activity_rules',
        model_version,
        model_version || ' / ' || activity_type,
        'half_life_days',
        'is ' || coalesce(cast(cast(half_life_days as {{ type_double() }}) as {{ dbt.type_string() }}), 'empty')
        || '; a half-life must be more than 0 days'
    from activity_rules
    where half_life_days is null or half_life_days <= 0

    union all
    select
        'scoring_activity_rules',
        model_version,
        model_version || ' / ' || activity_type,
        'cap',
        'is ' || cast(cast(cap as {{ type_double() }}) as {{ dbt.type_string() }}) || '; a cap must be 0 or more, or empty for no cap'
    from activity_rules
    where cap < 0

    {%- set stages = account_stages() %}
    {%- set stage_list = "'" ~ stages | join("', '") ~ "'" %}
    union all
    select
        'scoring_account_stages',
        model_version,
        model_version || ' / ' || coalesce(stage, ''),
        'stage',
        'is ''' || coalesce(stage, '') || '''; a stage is one of {{ stages | join(', ') }}'
    from account_stages
    where stage is null or stage not in ({{ stage_list }})

    {% for stage in stages %}
    union all
    select
        'scoring_account_stages',
        models.model_version,
        models.model_version || ' / {{ stage }}',
        'stage',
        'has no row for stage {{ stage }}; every version needs all of {{ stages | join(', ') }}'
    from models
    left join account_stages
        on models.model_version = account_stages.model_version
            and account_stages.stage = '{{ stage }}'
    where account_stages.model_version is null

    union all
    select
        'scoring_account_stages',
        model_version,
        model_version || ' / {{ stage }}',
        'stage_order',
        'is ' || coalesce(cast(stage_order as {{ dbt.type_string() }}), 'empty')
        || '; {{ stage }} is stage {{ loop.index0 }} (the order is {{ stages | join(', ') }})'
    from account_stages
    where stage = '{{ stage }}' and (stage_order is null or stage_order <> {{ loop.index0 }})
    {% endfor %}

    {% for column, stages_using, lowest in [
        ('window_days', ['aware', 'engaged', 'qualified'], 1), ('min_people', ['engaged'], 1)] %}
    union all
    select
        'scoring_account_stages',
        model_version,
        model_version || ' / ' || stage,
        '{{ column }}',
        case
            when stage in ('{{ stages_using | join("', '") }}')
                then 'is ' || coalesce(cast({{ column }} as {{ dbt.type_string() }}), 'empty')
                || '; {{ stages_using | join(', ') }} need{{ 's' if stages_using | length == 1 }} a whole number of {{ lowest }} or more'
            else 'is ' || cast({{ column }} as {{ dbt.type_string() }}) || '; only {{ stages_using | join(', ') }} use{{ 's' if stages_using | length == 1 }} it: leave it empty'
        end
    from account_stages
    where (stage in ('{{ stages_using | join("', '") }}') and ({{ column }} is null or {{ column }} < {{ lowest }}))
        or (stage not in ('{{ stages_using | join("', '") }}') and {{ column }} is not null)
    {% endfor %}

    union all
    select
        'scoring_account_stages',
        model_version,
        model_version || ' / ' || stage,
        'stall_after_days',
        'is ' || cast(stall_after_days as {{ dbt.type_string() }}) || '; it must be 1 or more, or empty for never stalled'
    from account_stages
    where stall_after_days < 1

    union all
    select
        'country_aliases',
        cast(null as {{ dbt.type_string() }}),
        alias,
        'country_code',
        'is ''' || coalesce(country_code, '') || '''; it must be an ISO 3166 code of two capital letters'
    from {{ ref('country_aliases') }}
    where country_code is null or length(country_code) <> 2 or upper(country_code) <> country_code

)

select
    cast(seed as {{ dbt.type_string() }}) as seed,
    cast(model_version as {{ dbt.type_string() }}) as model_version,
    cast(seed_row as {{ dbt.type_string() }}) as seed_row,
    cast(seed_column as {{ dbt.type_string() }}) as seed_column,
    cast(problem as {{ dbt.type_string() }}) as problem
from problems
{%- endset -%}

{{ stop_on_seed_problems(checks) }}

{{ checks }}
