{#-
    How much each signal value says about a lead becoming an opportunity (definitions: Calibration),
    measured on the training split (persons not held out) of every lead scored at the monthly
    cutoffs. Per value: volume, conversion, lift over the signal's base rate, weight of evidence
    ln(share of positives / share of negatives) with evidence_smoothing added to every count (so a
    rare value cannot get an extreme weight) and its part of the signal's information value.
    Suggested points put the weight of evidence on the rules' scale, one factor per family
    (activity, person, account): the family's largest absolute weight (over values with enough
    volume) becomes the largest points of the family's rules in the version in effect, and every
    other weight is converted with the same points per unit of weight of evidence, so a weak
    signal stays small. Values under evidence_min_volume get none. For activities the suggestion
    for the '0-30d' value is what the rule's points would be. An exclusion value (title rules,
    dimension exclusion) that converts at or above the base rate with enough volume is flagged
    (is_exclusion_converting): the rule keeps out people the evidence says buy. This univariate
    view is what `make draft --method univariate` uses; the default draft fits every family
    jointly (lead_qualification/draft_from_evidence.py).
-#}
{%- set alpha = var('evidence_smoothing') -%}


with signal_values as (

    select * from {{ ref('int_signal_values') }}
    where not is_holdout

),

clock as (

    select * from {{ ref('int_scoring_clock') }}

),

activity_rules as (

    select rules.*
    from {{ ref('scoring_activity_rules') }} as rules
    inner join clock
        on rules.model_version = clock.model_version_in_effect

),

title_rules as (

    select rules.*
    from {{ ref('scoring_title_rules') }} as rules
    inner join clock
        on rules.model_version = clock.model_version_in_effect
    where rules.dimension != 'exclusion'

),

icp_rules as (

    select rules.*
    from {{ ref('scoring_icp_rules') }} as rules
    inner join clock
        on rules.model_version = clock.model_version_in_effect

),

rule_points as (

    select
        'activity' as signal_family,
        activity_type as signal,
        '0-30d' as signal_value,
        max(points) as current_points
    from activity_rules
    group by activity_type
    union all
    select
        'person' as signal_family,
        dimension as signal,
        value as signal_value,
        max(points) as current_points
    from title_rules
    group by dimension, value
    union all
    select
        'account' as signal_family,
        attribute as signal,
        value as signal_value,
        max(points) as current_points
    from icp_rules
    group by attribute, value

),

family_scales as (

    select
        signal_family,
        max(current_points) as family_scale
    from rule_points
    group by signal_family

),

counted as (

    select
        signal_family,
        signal,
        signal_value,
        count(*) as lead_cutoffs,
        sum(case when has_opportunity then 1 else 0 end) as positives
    from signal_values
    group by signal_family, signal, signal_value

),

per_signal as (

    select
        signal_family,
        signal,
        sum(lead_cutoffs) as signal_lead_cutoffs,
        sum(positives) as signal_positives,
        count(*) as signal_values
    from counted
    group by signal_family, signal

),

shares as (

    select
        counted.signal_family,
        counted.signal,
        counted.signal_value,
        counted.lead_cutoffs,
        counted.positives,
        per_signal.signal_lead_cutoffs,
        per_signal.signal_positives,
        cast(counted.positives as {{ type_double() }}) / counted.lead_cutoffs as conversion_rate,
        cast(per_signal.signal_positives as {{ type_double() }}) / per_signal.signal_lead_cutoffs as base_rate,
        (cast(counted.positives as {{ type_double() }}) + {{ alpha }})
        / (cast(per_signal.signal_positives as {{ type_double() }}) + {{ alpha }} * per_signal.signal_values)
            as positive_share,
        (cast(counted.lead_cutoffs - counted.positives as {{ type_double() }}) + {{ alpha }})
        / (
            cast(per_signal.signal_lead_cutoffs - per_signal.signal_positives as {{ type_double() }})
            + {{ alpha }} * per_signal.signal_values
        ) as negative_share,
        counted.lead_cutoffs >= {{ var('evidence_min_volume') }} as is_sufficient_volume
    from counted
    inner join per_signal
        on counted.signal_family = per_signal.signal_family
            and counted.signal = per_signal.signal

),

weighted as (

    select
        *,
        ln(positive_share / negative_share) as weight_of_evidence,
        (positive_share - negative_share) * ln(positive_share / negative_share) as information_value_part
    from shares

),

scaled as (

    select
        weighted.*,
        sum(weighted.information_value_part) over (
            partition by weighted.signal_family, weighted.signal
        ) as information_value,
        max(case when weighted.is_sufficient_volume then abs(weighted.weight_of_evidence) end) over (
            partition by weighted.signal_family
        ) as family_max_weight,
        family_scales.family_scale,
        rule_points.current_points
    from weighted
    left join family_scales
        on weighted.signal_family = family_scales.signal_family
    left join rule_points
        on weighted.signal_family = rule_points.signal_family
            and weighted.signal = rule_points.signal
            and lower(weighted.signal_value) = lower(rule_points.signal_value)

),

final as (

    select
        signal_family,
        signal,
        signal_value,
        lead_cutoffs,
        positives as opportunities,
        {{ report_number('conversion_rate', 4) }} as conversion_rate,
        {{ report_number('base_rate', 4) }} as base_rate,
        {{ report_number('conversion_rate / nullif(base_rate, 0)', 4) }} as lift,
        {{ report_number('weight_of_evidence', 4) }} as weight_of_evidence,
        {{ report_number('information_value_part', 4) }} as information_value_part,
        {{ report_number('information_value', 4) }} as information_value,
        is_sufficient_volume,
        -- whole points: the seeds' decimals rounded here, not only by the contract's cast
        cast(current_points as integer) as current_points,
        coalesce(
            signal = 'exclusion' and signal_value != 'none' and is_sufficient_volume
            and conversion_rate >= base_rate,
            false
        ) as is_exclusion_converting,
        cast(
            case
                when is_sufficient_volume and family_max_weight > 0
                    then round(cast(weight_of_evidence / family_max_weight * family_scale as decimal(18, 6)), 0)
            end as integer
        ) as suggested_points
    from scaled

)

select {{ contract_columns() }}
from final
