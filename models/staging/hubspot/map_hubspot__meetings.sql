{#-
    HubSpot meetings of sales owners, as meetings in the raw contract's shape: one per meeting
    and associated contact, or one account meeting (no lead) when the meeting has no contact but
    a company. Booked when created, scheduled for its start. Status from the meeting outcome:
    completed is held, no show is no_show, canceled is canceled, scheduled and rescheduled are
    scheduled; without an outcome, held once the start has passed (the run's time). Deleted
    meetings are left out, and so are meetings of owners whose teams are not sales teams
    (map_hubspot__sales_owners; a portal without teams counts every owner), as the Salesforce
    adapter keeps the events of sales users only.
-#}
with meetings as (

    select * from {{ ref('src_hubspot__engagement_meeting') }}

),

engagement_contacts as (

    select * from {{ ref('src_hubspot__engagement_contact') }}

),

engagement_companies as (

    select * from {{ ref('src_hubspot__engagement_company') }}

),

first_company as (

    select
        engagement_id,
        min(company_id) as company_id
    from engagement_companies
    group by engagement_id

),

sales_owners as (

    select * from {{ ref('map_hubspot__sales_owners') }}

),

teams_read as (

    select count(*) > 0 as portal_has_teams from sales_owners

),

attended as (

    select
        meetings.*,
        engagement_contacts.contact_id
    from meetings
    left join engagement_contacts
        on meetings.engagement_id = engagement_contacts.engagement_id
    left join sales_owners
        on meetings.property_hubspot_owner_id = sales_owners.owner_id
    cross join teams_read
    where
        meetings.property_hubspot_owner_id is not null
        and coalesce(sales_owners.is_sales_owner, not teams_read.portal_has_teams)
        and not coalesce({{ parse_boolean('meetings._fivetran_deleted') }}, false)

),

final as (

    select
        case
            when attended.contact_id is null then attended.engagement_id
            else {{ dbt.concat(['attended.engagement_id', "':'", 'attended.contact_id']) }}
        end as meeting_id,
        attended.contact_id as lead_id,
        first_company.company_id as account_id,
        attended.property_hubspot_owner_id as rep_id,
        attended.property_hs_createdate as booked_at,
        attended.property_hs_meeting_start_time as scheduled_for,
        case upper(coalesce(attended.property_hs_meeting_outcome, ''))
            when 'COMPLETED' then 'held'
            when 'NO_SHOW' then 'no_show'
            when 'CANCELED' then 'canceled'
            when 'SCHEDULED' then 'scheduled'
            when 'RESCHEDULED' then 'scheduled'
            else
                case
                    when {{ parse_timestamp_utc('attended.property_hs_meeting_start_time') }} <= {{ run_time() }}
                        then 'held'
                    else 'scheduled'
                end
        end as status
    from attended
    left join first_company
        on attended.engagement_id = first_company.engagement_id
    where attended.contact_id is not null or first_company.company_id is not null

)

select {{ raw_contract_as_text('meetings') }}
from final
