{#-
    MQA events (spec: MQA): an account's first qualifying instant, then each first qualifying
    instant at least mqa_cooldown_days (of the version in effect at the previous event) after
    the previous event. Each event depends on the one before, so the chain is unrolled in SQL:
    var mqa_max_events_per_account steps (24 by default: two years of a 30-day cooldown).
-#}
{%- set steps = var('mqa_max_events_per_account') | int -%}

with qualifying as (

    select * from {{ ref('int_account_qualification_instants') }}
    where is_qualified and not is_as_of_row

),

event_1 as (

    select
        account_id,
        min(occurred_at) as mqa_at
    from qualifying
    group by account_id

),
{% for step in range(2, steps + 1) %}
    event_{{ step }} as (

        select
            later.account_id,
            min(later.occurred_at) as mqa_at
        from event_{{ step - 1 }} as previous_event
        inner join qualifying as at_previous
            on previous_event.account_id = at_previous.account_id
                and previous_event.mqa_at = at_previous.occurred_at
        inner join qualifying as later
            on previous_event.account_id = later.account_id
                and {{ epoch_seconds('later.occurred_at') }}
                >= {{ epoch_seconds('previous_event.mqa_at') }} + at_previous.mqa_cooldown_days * 86400.0
        group by later.account_id

    ),
{% endfor %}

events as (
    {% for step in range(1, steps + 1) %}
        select
            account_id,
            mqa_at,
            {{ step }} as mqa_number
        from event_{{ step }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}
),

final as (

    select
        {{ dbt.hash(dbt.concat([
            'events.account_id', "'|'",
            'cast(cast(round(' ~ epoch_seconds('events.mqa_at') ~ ' * 1000000) as ' ~ dbt.type_bigint()
            ~ ') as ' ~ dbt.type_string() ~ ')',
            "'|'", 'qualifying.model_version'])) }} as mqa_id,
        events.account_id,
        events.mqa_at,
        events.mqa_number,
        qualifying.model_version,
        qualifying.mql_people,
        qualifying.engaged_people,
        qualifying.active_people,
        qualifying.roles_reached,
        qualifying.roles_engaged,
        qualifying.required_roles,
        qualifying.reach,
        qualifying.coverage,
        qualifying.anonymous_points,
        qualifying.account_score,
        qualifying.tier
    from events
    inner join qualifying
        on events.account_id = qualifying.account_id
            and events.mqa_at = qualifying.occurred_at

)

select * from final
