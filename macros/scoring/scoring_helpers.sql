{#-
    The one rounding every threshold comparison uses (definitions: Rounding and
    durations): the six-decimal cast absorbs binary representation error, so x.xx5 rounds the same
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
    One activity type's decayed value with its rule's cap (definitions: Behavior score, least(cap, s) for positive points,
    greatest(-cap, s) for negative, no cap when null).
-#}
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
    Rows (contribution_key, contributions) naming the largest positive behavior contributions of
    each key in plain words, largest first ("requested a demo 50, viewed pricing 18"), at most
    `limit` of them, ordered by the value rounded once (rounded_score: engines differ in the last
    bits of a double), ties by type. `contributions_cte` holds one row (contribution_key,
    activity_type, contribution) per type that adds at least one point (contribution_is_shown);
    `types_cte` the caller's CTE over seed activity_types (the phrases). Use as the body of a CTE.
-#}
{% macro top_contributions(contributions_cte, types_cte, limit=3) -%}
    with ranked as (
        select
            contributions.contribution_key,
            types.phrase || ' ' || {{ format_score('contributions.contribution') }} as phrase,
            row_number() over (
                partition by contributions.contribution_key
                order by {{ rounded_score('contributions.contribution') }} desc, contributions.activity_type asc
            ) as contribution_rank
        from {{ contributions_cte }} as contributions
        inner join {{ types_cte }} as types
            on contributions.activity_type = types.activity_type
    )

    select
        contribution_key,
        {{ ordered_list('phrase', 'contribution_rank') }} as contributions
    from ranked
    where contribution_rank <= {{ limit }}
    group by contribution_key
{%- endmacro %}


{#- Whether a type's value is worth naming in a sentence: at least one point, rounded once. -#}
{% macro contribution_is_shown(expr) -%}
    {{ rounded_score(expr) }} >= 1
{%- endmacro %}


{#- A score as the marts show it: rounded once (rounded_score), typed decimal(18, 2). -#}
{% macro mart_score(expr) -%}
    cast({{ rounded_score(expr) }} as decimal(18, 2))
{%- endmacro %}


{#- Grade (definitions: Total and grade): fit letter, then behavior digit 1 (>= active), 2 (>= engaged), 3. -#}
{% macro grade(fit_expr, behavior_expr, engaged_threshold, active_threshold) -%}
    {{ fit_letter(fit_expr) }}
    || case
        when {{ rounded_score(behavior_expr) }} >= {{ active_threshold }} then '1'
        when {{ rounded_score(behavior_expr) }} >= {{ engaged_threshold }} then '2'
        else '3'
    end
{%- endmacro %}


{#- Total (definitions: Total and grade): w_behavior * B + w_person * P + w_account * A, from unrounded parts. -#}
{% macro total_score(versions, behavior, person, account) -%}
    {{ versions }}.w_behavior * {{ behavior }}
    + {{ versions }}.w_person * {{ person }}
    + {{ versions }}.w_account * {{ account }}
{%- endmacro %}


{#- Fit score (definitions: Total and grade): (w_person * P + w_account * A) / (w_person + w_account). -#}
{% macro fit_score(versions, person, account) -%}
    ({{ versions }}.w_person * {{ person }} + {{ versions }}.w_account * {{ account }})
    / nullif({{ versions }}.w_person + {{ versions }}.w_account, 0)
{%- endmacro %}


{#-
    The account buying stages in their order (docs/definitions.md, Account stages): the names the
    stage models build on, and the stage_order each must have in scoring_account_stages.
-#}
{% macro account_stages() -%}
    {{ return(['none', 'target', 'aware', 'engaged', 'qualified', 'opportunity', 'customer']) }}
{%- endmacro %}
