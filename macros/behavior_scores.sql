{#-
    The behavior score by running sums (spec: Behavior score; int_behavior_instants explains the
    method), shared by every model that scores behavior at some instants: the model defines the
    CTE `{instants_cte}` (one row per person and instant with
    occurred_at, is_as_of_row, trigger_activity_id, trigger_activity_type, activities and one
    n__<type> count per scored activity type; rows with no events are evaluation points), and
    this macro adds `versions`, `rules_wide`, `anchored`, `weighted`, `running`, `decayed` and the
    CTE named result_cte: one row per instant and version with value__<type>, behavior_score and
    behavior_score_before. The anchor of the exponents is each person's first row, so a person's
    scores depend on that person's rows alone (what lets int_behavior_instants rebuild only the
    persons whose events changed).
-#}
{% macro behavior_running_scores(instants_cte='instants', result_cte='behavior_scored') -%}
{%- set types = scored_activity_types() -%}
versions as (

    select model_version from {{ ref('scoring_models') }}

),

rules_wide as (

    select
        versions.model_version,
        {% for activity_type in types %}
            max(case when rules.activity_type = '{{ activity_type }}' then rules.points end)
                as points__{{ activity_type }},
            max(case when rules.activity_type = '{{ activity_type }}' then rules.half_life_days end)
                as half_life__{{ activity_type }},
            max(case when rules.activity_type = '{{ activity_type }}' then rules.cap end)
                as cap__{{ activity_type }},
            max(case when rules.activity_type = '{{ activity_type }}' and rules.is_handraiser then 1 else 0 end)
                as handraiser__{{ activity_type }},
        {% endfor %}
        count(rules.activity_type) as rules_in_version
    from versions
    left join {{ ref('scoring_activity_rules') }} as rules
        on versions.model_version = rules.model_version
    group by versions.model_version

),

anchored as (

    select
        *,
        min({{ epoch_seconds('occurred_at') }}) over (partition by person_id) as anchor_epoch
    from {{ instants_cte }}

),

weighted as (

    select
        instants.*,
        rules_wide.model_version,
        {{ epoch_seconds('instants.occurred_at') }} as t_epoch,
        {% for activity_type in types %}
            coalesce(
                instants.n__{{ activity_type }} * rules_wide.points__{{ activity_type }}
                * power(
                    2.0,
                    ({{ epoch_seconds('instants.occurred_at') }} - instants.anchor_epoch)
                    / (86400.0 * rules_wide.half_life__{{ activity_type }})
                ),
                0
            ) as w__{{ activity_type }},
        {% endfor %}
        {% for activity_type in types %}
            rules_wide.points__{{ activity_type }},
            rules_wide.half_life__{{ activity_type }},
            rules_wide.cap__{{ activity_type }},
        {% endfor %}
        {%- set handraiser_terms = [] -%}
        {%- for activity_type in types -%}
            {%- do handraiser_terms.append(
                'instants.n__' ~ activity_type ~ ' * rules_wide.handraiser__' ~ activity_type) -%}
        {%- endfor %}
        {{ handraiser_terms | join(' + ') or '0' }} as handraisers
    from anchored as instants
    cross join rules_wide

),

running as (

    select
        *,
        {% for activity_type in types %}
            sum(w__{{ activity_type }}) over running_window as running__{{ activity_type }},
        {% endfor %}
        max(case when handraisers > 0 then t_epoch end) over running_window as last_handraiser_epoch,
        max(case when handraisers > 0 then t_epoch end) over (
            partition by person_id, model_version
            order by occurred_at, is_as_of_row
            rows between unbounded preceding and 1 preceding
        ) as last_handraiser_before_epoch
    from weighted
    window running_window as (
        partition by person_id, model_version
        order by occurred_at, is_as_of_row
        rows between unbounded preceding and current row
    )

),

decayed as (

    select
        *,
        {% for activity_type in types %}
            {%- set decay = "power(2.0, -(t_epoch - anchor_epoch) / (86400.0 * half_life__" ~ activity_type ~ "))" %}
            {{ capped_type_value("coalesce(running__" ~ activity_type ~ " * " ~ decay ~ ", 0)", activity_type) }}
                as value__{{ activity_type }},
            {{ capped_type_value(
                "coalesce((running__" ~ activity_type ~ " - w__" ~ activity_type ~ ") * " ~ decay ~ ", 0)",
                activity_type) }}
                as value_before__{{ activity_type }},
        {% endfor %}
        t_epoch - anchor_epoch as seconds_from_anchor
    from running

),

{{ result_cte }} as (

    {%- set values_now = [] -%}
    {%- set values_before = [] -%}
    {%- for activity_type in types -%}
        {%- do values_now.append('value__' ~ activity_type) -%}
        {%- do values_before.append('value_before__' ~ activity_type) -%}
    {%- endfor %}

    select
        *,
        {{ clamp(values_now | join(' + ') or '0') }} as behavior_score,
        {{ clamp(values_before | join(' + ') or '0') }} as behavior_score_before
    from decayed

)

{%- endmacro %}


{#-
    The CTEs `events` (every activity of a known person, up to score_as_of when up_to_score_as_of,
    which needs the CTE `clock`; only the persons listed in the CTE persons_cte when given) and
    `event_instants` (one row per person and occurred_at with one n__<type> count per scored
    activity type), the instants behavior_running_scores evaluates.
-#}
{% macro behavior_event_instants(up_to_score_as_of=true, persons_cte=none) -%}
{%- set types = scored_activity_types() -%}
events as (

    select
        activities.person_id,
        activities.activity_id,
        activities.activity_type,
        activities.occurred_at,
        row_number() over (
            partition by activities.person_id, activities.occurred_at
            order by activities.activity_id
        ) as order_in_instant
    from {{ ref('int_activities_rekeyed') }} as activities
    {%- if up_to_score_as_of %}
    cross join clock
    {%- endif %}
    where activities.person_id is not null
        {%- if up_to_score_as_of %}
        and activities.occurred_at <= clock.score_as_of
        {%- endif %}
        {%- if persons_cte %}
        and activities.person_id in (select {{ persons_cte }}.person_id from {{ persons_cte }})
        {%- endif %}

),

event_instants as (

    select
        person_id,
        occurred_at,
        false as is_as_of_row,
        max(case when order_in_instant = 1 then activity_id end) as trigger_activity_id,
        max(case when order_in_instant = 1 then activity_type end) as trigger_activity_type,
        {% for activity_type in types %}
            sum(case when activity_type = '{{ activity_type }}' then 1 else 0 end) as n__{{ activity_type }},
        {% endfor %}
        count(*) as activities
    from events
    group by person_id, occurred_at

)
{%- endmacro %}


{#-
    The select list of an evaluation row: a person scored at an instant where nothing happened
    (score_as_of, a calibration cutoff), in the shape of event_instants.
-#}
{% macro behavior_evaluation_row(person_id, at) -%}
{%- set types = scored_activity_types() -%}
        {{ person_id }} as person_id,
        {{ at }} as occurred_at,
        true as is_as_of_row,
        cast(null as {{ dbt.type_string() }}) as trigger_activity_id,
        cast(null as {{ dbt.type_string() }}) as trigger_activity_type,
        {% for activity_type in types %}
            0 as n__{{ activity_type }},
        {% endfor %}
        0 as activities
{%- endmacro %}


{#-
    The columns of a behavior score row, in order, as int_behavior_instants and
    int_behavior_as_of hold them (readers union the two).
-#}
{% macro behavior_score_columns() -%}
{%- set types = scored_activity_types() -%}
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
        {% for activity_type in types %}
            value__{{ activity_type }},
        {% endfor %}
        behavior_score,
        behavior_score_before
{%- endmacro %}
