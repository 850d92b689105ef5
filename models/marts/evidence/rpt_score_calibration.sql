{#-
    Does the score predict anything? (definitions: Calibration.) Every lead scored at every monthly
    cutoff under every version (nothing after the cutoff), grouped into score bands: deciles of
    the total score (band_type decile, 1 lowest to 10 highest, ties broken by lead and cutoff so
    every band is a tenth) and grades (band_type grade, A1 to D3). Per band: lead-cutoffs,
    conversion to an opportunity of the lead, to won, to an opportunity at the lead's account
    within calibration_horizon_days, and lift over the version's base rate. One row per version
    with band_type overall carries ROC AUC with ties on the total score for each label, over all
    leads and over the held-out persons only (where drafts from evidence are compared), the
    held-out AUC of an opportunity with a 95% interval (auc_interval_end).
-#}
{%- set labels = ['has_opportunity', 'has_won', 'has_account_opportunity'] -%}

with scores as (

    select * from {{ ref('int_calibration_scores') }}

),

banded as (

    select
        model_version,
        status,
        total_score,
        has_opportunity,
        has_won,
        has_account_opportunity,
        is_holdout,
        grade,
        ntile(10) over (
            partition by model_version
            order by total_score, person_id, cutoff_at
        ) as decile
    from scores

),

{%- set band_types = [
    ('decile', 'cast(decile as ' ~ dbt.type_string() ~ ')', 'decile'),
    ('grade', 'grade', '0'),
    ('overall', "'all'", '0'),
] %}

bands as (

    {% for band_type, band, band_order in band_types %}
        select
            model_version,
            status,
            '{{ band_type }}' as band_type,
            {{ band }} as band,
            {{ band_order }} as band_order,
            total_score,
            {{ labels | join(', ') }}
        from banded
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

aggregated as (

    select
        model_version,
        status,
        band_type,
        band,
        max(band_order) as band_order,
        count(*) as lead_cutoffs,
        min(total_score) as min_total_score,
        max(total_score) as max_total_score,
        {% for label in labels %}
            sum(case when {{ label }} then 1 else 0 end) as {{ label }}_count,
        {% endfor %}
        avg(total_score) as mean_total_score
    from bands
    group by model_version, status, band_type, band

),

base_rates as (

    select
        model_version,
        {% for label in labels %}
            cast({{ label }}_count as {{ type_double() }}) / lead_cutoffs as {{ label }}_base,
        {% endfor %}
        lead_cutoffs
    from aggregated
    where band_type = 'overall'

),

{% for label in labels %}
    auc_{{ label }} as (
        {{ roc_auc('banded', ['model_version'], 'total_score', label) }}
    ),

    auc_{{ label }}_holdout as (
        {{ roc_auc('(select * from banded where is_holdout) as holdout', ['model_version'], 'total_score', label) }}
    ),
{% endfor %}

final as (

    select
        aggregated.model_version,
        aggregated.status,
        aggregated.band_type,
        aggregated.band,
        aggregated.band_order,
        aggregated.lead_cutoffs,
        aggregated.min_total_score,
        aggregated.max_total_score,
        aggregated.has_opportunity_count as opportunities,
        aggregated.has_won_count as won,
        aggregated.has_account_opportunity_count as account_opportunities,
        {{ ratio('aggregated.has_opportunity_count', 'aggregated.lead_cutoffs') }} as opportunity_rate,
        {{ ratio('aggregated.has_won_count', 'aggregated.lead_cutoffs') }} as won_rate,
        {{ ratio('aggregated.has_account_opportunity_count', 'aggregated.lead_cutoffs') }} as account_opportunity_rate,
        {{ report_number(
            'cast(aggregated.has_opportunity_count as ' ~ type_double() ~ ') / aggregated.lead_cutoffs'
            ~ ' / nullif(base_rates.has_opportunity_base, 0)', 4) }} as opportunity_lift,
        {{ report_number(
            'cast(aggregated.has_account_opportunity_count as ' ~ type_double() ~ ') / aggregated.lead_cutoffs'
            ~ ' / nullif(base_rates.has_account_opportunity_base, 0)', 4) }} as account_opportunity_lift,
        {% for label in labels %}
            case
                when aggregated.band_type = 'overall' then {{ report_number('auc_' ~ label ~ '.auc', 4) }}
            end as auc_{{ label | replace('has_', '') }},
            case
                when aggregated.band_type = 'overall' then {{ report_number('auc_' ~ label ~ '_holdout.auc', 4) }}
            end as auc_{{ label | replace('has_', '') }}_holdout,
        {% endfor %}
        {% for end in ['low', 'high'] %}
            case
                when aggregated.band_type = 'overall' then {{ report_number(auc_interval_end(
                    'auc_has_opportunity_holdout.auc', 'auc_has_opportunity_holdout.positives',
                    'auc_has_opportunity_holdout.negatives', end), 4) }}
            end as auc_opportunity_holdout_{{ end }},
        {% endfor %}
        {{ report_number('aggregated.mean_total_score') }} as mean_total_score
    from aggregated
    inner join base_rates
        on aggregated.model_version = base_rates.model_version
    {% for label in labels %}
        left join auc_{{ label }}
            on aggregated.model_version = auc_{{ label }}.model_version
        left join auc_{{ label }}_holdout
            on aggregated.model_version = auc_{{ label }}_holdout.model_version
    {% endfor %}

)

select {{ contract_columns() }}
from final
