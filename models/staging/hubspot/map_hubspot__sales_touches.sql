{#-
    HubSpot calls, emails and completed tasks of sales owners, as sales touches in the raw
    contract's shape, one per engagement and associated contact. Calls are 'call', emails
    'email', tasks by their task type (call, email, LinkedIn as social, else other). A task is
    timed by its completion (hs_task_completion_date; its hs_timestamp is the due date), calls
    and emails by hs_timestamp. An engagement from one of var hubspot_automated_engagement_sources
    (sequences, workflows) is automated. Deleted engagements, incoming emails, open tasks,
    engagements without an owner or a contact, and engagements of owners whose teams are not
    sales teams (map_hubspot__sales_owners; a portal without teams counts every owner) are not
    touches.
-#}
{%- set automated_sources = "'" ~ var('hubspot_automated_engagement_sources') | map('lower') | join("', '") ~ "'" %}
with calls as (

    select * from {{ ref('src_hubspot__engagement_call') }}

),

emails as (

    select * from {{ ref('src_hubspot__engagement_email') }}

),

tasks as (

    select * from {{ ref('src_hubspot__engagement_task') }}

),

engagement_contacts as (

    select * from {{ ref('src_hubspot__engagement_contact') }}

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
        coalesce(property_hs_task_completion_date, property_hs_timestamp) as touched_at,
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

sales_owners as (

    select * from {{ ref('map_hubspot__sales_owners') }}

),

teams_read as (

    select count(*) > 0 as portal_has_teams from sales_owners

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
    left join sales_owners
        on engagements.owner_id = sales_owners.owner_id
    cross join teams_read
    where
        engagements.owner_id is not null
        and coalesce(sales_owners.is_sales_owner, not teams_read.portal_has_teams)
        and not coalesce({{ parse_boolean('engagements._fivetran_deleted') }}, false)

)

select {{ raw_contract_as_text('sales_touches') }}
from final
