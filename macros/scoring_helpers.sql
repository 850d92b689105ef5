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
