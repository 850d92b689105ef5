{#-
    Helpers of the handoff and funnel marts: durations from epoch seconds, ratios and quantiles
    that come out the same on every engine, and report periods.
-#}

{#- Elapsed time from start to end in the given unit (seconds per unit), from epoch seconds, unrounded. -#}
{% macro elapsed(start_expr, end_expr, seconds_per_unit=1) -%}
    (({{ epoch_seconds(end_expr) }} - {{ epoch_seconds(start_expr) }}) / {{ seconds_per_unit }})
{%- endmacro %}


{#- A rate or any other report figure: computed in double precision, rounded once like a score.
    working_scale: the decimal places it is cast to before rounding (above scale; a share of 1
    rounded to 10 places needs 12). -#}
{% macro report_number(expr, scale=2, working_scale=6) -%}
    cast(round(cast({{ expr }} as decimal(18, {{ working_scale }})), {{ scale }}) as decimal(18, {{ scale }}))
{%- endmacro %}


{#- numerator / denominator to four decimals; null when the denominator is 0 (no rate to show). -#}
{% macro ratio(numerator, denominator) -%}
    case
        when {{ denominator }} > 0
            then {{ report_number('cast(' ~ numerator ~ ' as ' ~ type_double() ~ ') / ' ~ denominator, 4) }}
    end
{%- endmacro %}


{#- Continuous percentile (linear interpolation, as percentile_cont) of a numeric column, ignoring nulls. -#}
{% macro percentile_cont(expr, fraction) %}
    {{- return(adapter.dispatch('percentile_cont', 'lead_qualification')(expr, fraction)) -}}
{% endmacro %}

{% macro default__percentile_cont(expr, fraction) -%}
    percentile_cont({{ fraction }}) within group (order by cast({{ expr }} as {{ type_double() }}))
{%- endmacro %}

{% macro spark__percentile_cont(expr, fraction) -%}
    percentile(cast({{ expr }} as {{ type_double() }}), {{ fraction }})
{%- endmacro %}


{#- The first day of the period (week from Monday, month, quarter, year) holding a timestamp. -#}
{% macro period_start(grain, expr) -%}
    cast({{ dbt.date_trunc(grain, expr) }} as date)
{%- endmacro %}


{#- A stable bucket 0-255 of a key, from the first two hex digits of its md5 (the same on every engine). -#}
{% macro hash_bucket(expr) -%}
    (
        16 * ({{ dbt.position("substr(" ~ dbt.hash(expr) ~ ", 1, 1)", "'0123456789abcdef'") }} - 1)
        + {{ dbt.position("substr(" ~ dbt.hash(expr) ~ ", 2, 1)", "'0123456789abcdef'") }} - 1
    )
{%- endmacro %}


{#-
    ROC AUC with ties (definitions: Calibration), per group: over the distinct scores,
    sum(pos * (neg_below + 0.5 * neg_equal)) / (P * N); null when a group has no positive or no
    negative. relation is a table or a parenthesised subquery with an alias; label is boolean.
-#}
{% macro roc_auc(relation, group_columns, score, label) -%}
    {%- set groups = group_columns | join(', ') -%}
    select
        {{ groups }},
        sum(positives) as positives,
        sum(negatives) as negatives,
        case
            when sum(positives) > 0 and sum(negatives) > 0
                then sum(positives * (negatives_below + 0.5 * negatives))
                / (cast(sum(positives) as {{ type_double() }}) * sum(negatives))
        end as auc
    from (
        select
            by_score.*,
            coalesce(sum(negatives) over (
                partition by {{ groups }}
                order by score
                rows between unbounded preceding and 1 preceding
            ), 0) as negatives_below
        from (
            select
                {{ groups }},
                {{ score }} as score,
                sum(case when {{ label }} then 1 else 0 end) as positives,
                sum(case when {{ label }} then 0 else 1 end) as negatives
            from {{ relation }}
            group by {{ groups }}, {{ score }}
        ) as by_score
    ) as cumulated
    group by {{ groups }}
{%- endmacro %}



{#-
    The non-null values of measure joined with ', ' in the order of order_key (ascending), null
    when there are none. dbt's listagg ignores its order on Spark, whose version sorts
    (order_key, value) pairs instead.
-#}
{% macro ordered_list(measure, order_key) %}
    {{- return(adapter.dispatch('ordered_list', 'lead_qualification')(measure, order_key)) -}}
{% endmacro %}

{% macro default__ordered_list(measure, order_key) -%}
    {{ dbt.listagg(measure, "', '", 'order by ' ~ order_key) }}
{%- endmacro %}

{% macro spark__ordered_list(measure, order_key) -%}
    nullif(array_join(transform(
        array_sort(collect_list(case when ({{ measure }}) is not null
            then named_struct('k', {{ order_key }}, 'v', {{ measure }}) end)),
        x -> x.v), ', '), '')
{%- endmacro %}


{#-
    One end of a 95% interval of an AUC (Hanley and McNeil, 1982) from the AUC and the counts of
    positives and negatives: se^2 = (A(1 - A) + (P - 1)(Q1 - A^2) + (N - 1)(Q2 - A^2)) / (P N),
    Q1 = A / (2 - A), Q2 = 2 A^2 / (1 + A); A -/+ 1.96 se, kept inside 0-1. It treats the
    lead-cutoffs as independent (a person's cutoffs are not quite): `make draft` gives the
    person-level bootstrap interval beside it.
-#}
{% macro auc_interval_end(auc, positives, negatives, end) -%}
    {%- set se -%}
        sqrt(
            (
                {{ auc }} * (1 - {{ auc }})
                + ({{ positives }} - 1) * ({{ auc }} / (2 - {{ auc }}) - {{ auc }} * {{ auc }})
                + ({{ negatives }} - 1) * (2 * {{ auc }} * {{ auc }} / (1 + {{ auc }}) - {{ auc }} * {{ auc }})
            ) / (cast({{ positives }} as {{ type_double() }}) * {{ negatives }})
        )
    {%- endset -%}
    {%- if end == 'low' -%}
        greatest(0.0, {{ auc }} - 1.96 * {{ se }})
    {%- else -%}
        least(1.0, {{ auc }} + 1.96 * {{ se }})
    {%- endif -%}
{%- endmacro %}


{#-
    A select of the whole numbers 0 to 10^digits - 1 as column `name` (cross joins of ten rows):
    the offsets a model adds to a date to make a spine of months or days.
-#}
{% macro whole_numbers(digits, name) -%}
    {%- set parts = [] -%}
    {%- for place in range(digits) -%}
        {%- do parts.append((10 ** place) ~ ' * place_' ~ place ~ '.digit') -%}
    {%- endfor -%}
    select {{ parts | join(' + ') }} as {{ name }}
    from
    {%- for place in range(digits) %}
        (
            {%- for digit in range(10) %}
                select {{ digit }} as digit{% if not loop.last %} union all{% endif %}
            {%- endfor %}
        ) as place_{{ place }}{% if not loop.last %} cross join{% endif %}
    {%- endfor %}
{%- endmacro %}

