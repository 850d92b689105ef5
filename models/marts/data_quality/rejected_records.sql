{#-
    Every raw row the project did not use, with why: nothing is dropped silently.
    detected_in tells where: 'staging' (the row itself is unusable: see the base models) or
    'person_resolution' (a valid row whose person was kept out: a deleted record, a merge cycle,
    a merge into an unknown record, and the activities, touches and lead-only meetings of such
    a record) or 'business_hours' (an owner's time zone no engine knows, so their calendar
    cannot apply: the owner is kept, on 24x7 UTC). rejected_record_id hashes the table, reason, raw row and the copy's number among
    identical rejected rows, so it is the same on every engine whichever copy an engine kept.
-#}
{%- set raw_tables = raw_contract().keys() | list -%}
{%- set rekeyed = [
    ('activities', 'activity_id', 'int_activities_rekeyed'),
    ('sales_touches', 'touch_id', 'int_sales_touches_rekeyed'),
    ('meetings', 'meeting_id', 'int_meetings_rekeyed')] -%}

with staging_rejections as (

    {% for table_name in raw_tables -%}
        select
            '{{ table_name }}' as source_table,
            record_id,
            rejection_reason as reason,
            raw_row,
            'staging' as detected_in
        from {{ ref('val_raw__' ~ table_name) }}
        where rejection_reason is not null
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

resolution_rejections as (

    select
        'leads' as source_table,
        base.record_id,
        resolved.resolution as reason,
        base.raw_row,
        'person_resolution' as detected_in
    from {{ ref('int_leads_resolved') }} as resolved
    inner join {{ ref('val_raw__leads') }} as base
        on resolved.lead_id = base.lead_id
    where resolved.person_id is null
        and base.rejection_reason is null

    {% for table_name, id_column, rekeyed_model in rekeyed %}
        union all

        select
            '{{ table_name }}' as source_table,
            base.record_id,
            'lead_' || resolved.resolution as reason,
            base.raw_row,
            'person_resolution' as detected_in
        from {{ ref('val_raw__' ~ table_name) }} as base
        inner join {{ ref('int_leads_resolved') }} as resolved
            on base.lead_id = resolved.lead_id
        left join {{ ref(rekeyed_model) }} as kept
            on base.{{ id_column }} = kept.{{ id_column }}
        where base.rejection_reason is null
            and kept.{{ id_column }} is null
    {% endfor %}

),

business_hours_rejections as (

    -- an owner whose calendar cannot be read in their time zone: the owner is kept, on 24x7 UTC
    select
        'owners' as source_table,
        base.record_id,
        'unknown_time_zone' as reason,
        base.raw_row,
        'business_hours' as detected_in
    from {{ ref('int_owner_clocks') }} as clocks
    inner join {{ ref('val_raw__owners') }} as base
        on clocks.owner_id = base.owner_id
    where clocks.clock_status = 'unknown_time_zone'
        and base.rejection_reason is null

),

rejections as (

    select * from staging_rejections
    union all
    select * from resolution_rejections
    union all
    select * from business_hours_rejections

),

final as (

    select
        {{ dbt.hash(dbt.concat([
            'source_table', "'|'", 'reason', "'|'", 'raw_row', "'|'",
            'cast(row_number() over (partition by source_table, reason, raw_row order by record_id) as '
            ~ dbt.type_string() ~ ')'])) }} as rejected_record_id,
        source_table,
        record_id,
        reason,
        raw_row,
        detected_in
    from rejections

)

select * from final
