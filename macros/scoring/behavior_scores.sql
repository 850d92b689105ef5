{#-
    The columns of a behavior score row, in order, as int_behavior_instants and
    int_behavior_as_of hold them (readers union the two), qualified by `relation` when given.
-#}
{% macro behavior_score_columns(relation=none) -%}
    {%- set prefix = relation ~ '.' if relation else '' -%}
    {%- for column in [
        'person_id', 'model_version', 'occurred_at', 't_epoch', 'is_as_of_row', 'activities', 'trigger_activity_id',
        'trigger_activity_type', 'handraisers', 'last_handraiser_epoch', 'last_handraiser_before_epoch',
        'behavior_score', 'behavior_score_before'] %}
        {{ prefix ~ column }}{{ ',' if not loop.last }}
    {%- endfor %}
{%- endmacro %}
