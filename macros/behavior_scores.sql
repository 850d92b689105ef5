{#-
    The body of a CTE adding up the type values of int_behavior_type_values at the evaluation
    points flagged `point_flag` (is_instant, is_month_start): one row per person, version and
    point with value_added and value_before_added (unclamped sums), and the handraisers and
    latest handraiser times of the types the version's rules mark as handraisers. Shared by the behavior scores at instants and at cutoffs.
-#}
{% macro behavior_values_added(point_flag) -%}
    select
        type_values.person_id,
        type_values.model_version,
        type_values.occurred_at,
        sum(type_values.type_value) as value_added,
        sum(type_values.type_value_before) as value_before_added,
        sum(case when rules.is_handraiser then type_values.activities else 0 end) as handraisers,
        max(case when rules.is_handraiser then type_values.last_event_epoch end) as last_handraiser_epoch,
        max(case when rules.is_handraiser then type_values.last_event_before_epoch end)
            as last_handraiser_before_epoch
    from {{ ref('int_behavior_type_values') }} as type_values
    inner join {{ ref('scoring_activity_rules') }} as rules
        on type_values.model_version = rules.model_version
            and type_values.activity_type = rules.activity_type
    where type_values.{{ point_flag }}
    group by type_values.person_id, type_values.model_version, type_values.occurred_at
{%- endmacro %}


{#-
    The columns of a behavior score row, in order, as int_behavior_instants and
    int_behavior_as_of hold them (readers union the two).
-#}
{% macro behavior_score_columns() -%}
        person_id,
        model_version,
        occurred_at,
        t_epoch,
        is_as_of_row,
        activities,
        trigger_activity_id,
        trigger_activity_type,
        handraisers,
        last_handraiser_epoch,
        last_handraiser_before_epoch,
        behavior_score,
        behavior_score_before
{%- endmacro %}
