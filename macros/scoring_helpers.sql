{#-
    The one rounding every threshold comparison uses (spec: "Definitions the numbers must
    follow"): the six-decimal cast absorbs binary representation error, so x.xx5 rounds the same
    on every engine. Compare as `{{ rounded_score('x') }} >= threshold`.
-#}
{% macro rounded_score(expr) -%}
    round(cast({{ expr }} as decimal(18, 6)), 2)
{%- endmacro %}


{#- expr clamped to [low, high]. -#}
{% macro clamp(expr, low=0, high=100) -%}
    greatest({{ low }}, least({{ high }}, {{ expr }}))
{%- endmacro %}


{#- Letter grade of a 0-100 fit score: A >= 75, B >= 50, C >= 25, else D (on the rounded score). -#}
{% macro fit_letter(expr) -%}
    case
        when {{ rounded_score(expr) }} >= {{ var('fit_grade_a') }} then 'A'
        when {{ rounded_score(expr) }} >= {{ var('fit_grade_b') }} then 'B'
        when {{ rounded_score(expr) }} >= {{ var('fit_grade_c') }} then 'C'
        else 'D'
    end
{%- endmacro %}


{#-
    A job title made ready for keyword rules: lower case, every run of characters other than
    a-z and 0-9 turned into one space (so 'Sr. Director, Growth' -> 'sr director growth'), the
    little words (of, and, the, for, to, de, du, des, la, le, y, und, fur) dropped, and padded with
    one space each side, so a rule keyword k matches as a whole word or phrase where
    ' ' || k || ' ' occurs. Letters outside a-z split words.
-#}
{% macro normalize_title(expr) -%}
    {%- set spaced = "' ' || " ~ regex_replace_all("lower(coalesce(" ~ expr ~ ", ''))", "[^a-z0-9]+", " ") ~ " || ' '" -%}
    {%- set stop = " (of|and|the|for|to|at|in|de|du|des|la|le|y|und|fur) " -%}
    {{ regex_replace_all(regex_replace_all(spaced, stop, " "), stop, " ") }}
{%- endmacro %}


{#-
    The activity types that have a behavior rule in any version, read from the rules seed when
    the model runs (the seed is built first: every caller also refs it). One column per type is
    generated from this list, so the running sums need no join per type.
-#}
{% macro scored_activity_types() %}
    {%- if not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {#-
        The seed's own table (scoring seeds build in the target schema), named directly so this
        also works inside a unit test, where ref() names the test's fixture instead.
    -#}
    {%- set relation = api.Relation.create(
        database=(target.database if target.database is defined else none), schema=target.schema,
        identifier='scoring_activity_rules') -%}
    {%- set rows = run_query("select distinct activity_type from " ~ relation ~ " order by activity_type") -%}
    {%- set types = rows.columns[0].values() | list -%}
    {%- for activity_type in types if not modules.re.match('^[a-z][a-z0-9_]*$', activity_type) -%}
        {{ exceptions.raise_compiler_error(
            "scoring_activity_rules: activity_type '" ~ activity_type
            ~ "' must be lower-case letters, digits and underscores (see seed activity_types)") }}
    {%- endfor -%}
    {{ return(types) }}
{% endmacro %}


{#-
    One activity type's decayed value with its cap (spec: least(cap, s) for positive points,
    greatest(-cap, s) for negative, no cap when null). Reads points__<type> and cap__<type>.
-#}
{% macro capped_type_value(value, activity_type) -%}
    {{ capped(value, 'points__' ~ activity_type, 'cap__' ~ activity_type) }}
{%- endmacro %}


{#- A decayed sum with its rule's cap (capped_type_value), from the rule's points and cap. -#}
{% macro capped(value, points, cap) -%}
    case
        when {{ cap }} is null then {{ value }}
        when {{ points }} >= 0 then least({{ cap }}, {{ value }})
        else greatest(-{{ cap }}, {{ value }})
    end
{%- endmacro %}


{#- A score for people: rounded once (rounded_score), then to a whole number, as text. -#}
{% macro format_score(expr) -%}
    cast(cast(round({{ rounded_score(expr) }}, 0) as {{ dbt.type_bigint() }}) as {{ dbt.type_string() }})
{%- endmacro %}


{#-
    One row (contribution_key, activity_type, contribution) per activity type that adds at least
    one point (rounded) in a row of `source_cte`, read from its value__<type> columns. Use as
    the body of a CTE.
-#}
{% macro contribution_rows(source_cte, key_column) -%}
    {%- set types = scored_activity_types() -%}
    {%- for activity_type in types %}
        select
            {{ key_column }} as contribution_key,
            '{{ activity_type }}' as activity_type,
            value__{{ activity_type }} as contribution
        from {{ source_cte }}
        where {{ rounded_score('value__' ~ activity_type) }} >= 1
        {% if not loop.last %}union all{% endif %}
    {%- endfor %}
    {%- if not types %}
        select null as contribution_key, null as activity_type, 0 as contribution
    {%- endif %}
{%- endmacro %}


{#-
    Rows (contribution_key, contributions) naming the largest positive behavior contributions of
    each row of `source_cte` in plain words, largest first ("requested a demo 50, viewed pricing
    18"), at most `limit` of them, ordered by the value rounded once (rounded_score: engines differ
    in the last bits of a double), ties by type. Phrases from seed activity_types. Use as the
    body of a CTE.
-#}
{% macro top_contributions(source_cte, key_column, limit=3) -%}
    with unpivoted as (
        {{ contribution_rows(source_cte, key_column) }}
    ),

    ranked as (
        select
            unpivoted.contribution_key,
            types.phrase || ' ' || {{ format_score('unpivoted.contribution') }} as phrase,
            row_number() over (
                partition by unpivoted.contribution_key
                order by {{ rounded_score('unpivoted.contribution') }} desc, unpivoted.activity_type asc
            ) as contribution_rank
        from unpivoted
        inner join {{ ref('activity_types') }} as types
            on unpivoted.activity_type = types.activity_type
    )

    select
        contribution_key,
        {{ ordered_list('phrase', 'contribution_rank') }} as contributions
    from ranked
    where contribution_rank <= {{ limit }}
    group by contribution_key
{%- endmacro %}


{#- A score as the marts show it: rounded once (rounded_score), typed decimal(18, 2). -#}
{% macro mart_score(expr) -%}
    cast({{ rounded_score(expr) }} as decimal(18, 2))
{%- endmacro %}


{#- Grade (spec: Total and grade): fit letter, then behavior digit 1 (>= active), 2 (>= engaged), 3. -#}
{% macro grade(fit_expr, behavior_expr, engaged_threshold, active_threshold) -%}
    {{ fit_letter(fit_expr) }}
    || case
        when {{ rounded_score(behavior_expr) }} >= {{ active_threshold }} then '1'
        when {{ rounded_score(behavior_expr) }} >= {{ engaged_threshold }} then '2'
        else '3'
    end
{%- endmacro %}


{#- Total (spec: Total and grade): w_behavior * B + w_person * P + w_account * A, from unrounded parts. -#}
{% macro total_score(versions, behavior, person, account) -%}
    {{ versions }}.w_behavior * {{ behavior }}
    + {{ versions }}.w_person * {{ person }}
    + {{ versions }}.w_account * {{ account }}
{%- endmacro %}


{#- Fit score (spec: Total and grade): (w_person * P + w_account * A) / (w_person + w_account). -#}
{% macro fit_score(versions, person, account) -%}
    ({{ versions }}.w_person * {{ person }} + {{ versions }}.w_account * {{ account }})
    / nullif({{ versions }}.w_person + {{ versions }}.w_account, 0)
{%- endmacro %}
