{#-
    HubSpot calls, emails and completed tasks that have an owner, as sales touches in the raw
    contract's shape, one per engagement and associated contact. Calls are 'call', emails
    'email', tasks by their task type (call, email, LinkedIn as social, else other). An
    engagement from one of var hubspot_automated_engagement_sources (sequences, workflows) is
    automated. Deleted engagements, incoming emails, open tasks and engagements without an owner
    or a contact are not touches.
-#}
{%- set automated_sources = "'" ~ var('hubspot_automated_engagement_sources') | map('lower') | join("', '") ~ "'" %}
{%- set engagement_columns = [
    'engagement_id', 'property_hubspot_owner_id', 'property_hs_timestamp', 'property_hs_engagement_source',
    '_fivetran_deleted'] %}
with calls as (

    {{ crm_table('hubspot', 'engagement_call', engagement_columns) }}

),

emails as (

    {{ crm_table('hubspot', 'engagement_email', engagement_columns + ['property_hs_email_direction']) }}

),

tasks as (

    {{ crm_table('hubspot', 'engagement_task', engagement_columns + [
        'property_hs_task_type', 'property_hs_task_status']) }}

),

engagement_contacts as (

    {{ crm_table('hubspot', 'engagement_contact', ['engagement_id', 'contact_id']) }}

),

engagements as (

    select
        engagement_id,
        property_hubspot_owner_id as owner_id,
        property_hs_timestamp as touched_at,
        property_hs_engagement_source as engagement_source,
        'call' as touch_type,
        _fivetran_deleted
    from calls
    union all
    select
        engagement_id,
        property_hubspot_owner_id as owner_id,
        property_hs_timestamp as touched_at,
        property_hs_engagement_source as engagement_source,
        'email' as touch_type,
        _fivetran_deleted
    from emails
    where coalesce(upper(property_hs_email_direction), 'EMAIL') in ('EMAIL', 'FORWARDED_EMAIL')
    union all
    select
        engagement_id,
        property_hubspot_owner_id as owner_id,
        property_hs_timestamp as touched_at,
        property_hs_engagement_source as engagement_source,
        case upper(coalesce(property_hs_task_type, ''))
            when 'CALL' then 'call'
            when 'EMAIL' then 'email'
            when 'LINKED_IN' then 'social'
            else 'other'
        end as touch_type,
        _fivetran_deleted
    from tasks
    where upper(coalesce(property_hs_task_status, '')) = 'COMPLETED'

),

final as (

    select
        {{ dbt.concat(['engagements.engagement_id', "':'", 'engagement_contacts.contact_id']) }} as touch_id,
        engagement_contacts.contact_id as lead_id,
        engagements.owner_id as rep_id,
        engagements.touch_type,
        case
            when lower(coalesce(engagements.engagement_source, '')) in ({{ automated_sources }}) then 'true'
            else 'false'
        end as is_automated,
        engagements.touched_at
    from engagements
    inner join engagement_contacts
        on engagements.engagement_id = engagement_contacts.engagement_id
    where
        engagements.owner_id is not null
        and not coalesce({{ parse_boolean('engagements._fivetran_deleted') }}, false)

)

select {{ raw_contract_as_text('sales_touches') }}
from final
