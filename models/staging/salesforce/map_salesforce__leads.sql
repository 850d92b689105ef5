{#-
    Salesforce leads and contacts in the raw contract's leads shape (text columns): one row per
    Salesforce person record. A converted lead points at its contact through merged_into_lead_id,
    so identity resolution makes them one person with both histories (the contact survives). A
    merged-away record (master_record_id) points at its master the same way. Lead.Status is
    mapped by the seed salesforce_lead_statuses; a contact that a lead converted into is
    'converted', other contacts have no status.
-#}
with leads as (

    select * from {{ ref('src_salesforce__lead') }}

),

contacts as (

    select * from {{ ref('src_salesforce__contact') }}

),

statuses as (

    select
        status,
        lead_status
    from {{ ref('salesforce_lead_statuses') }}

),

converted_into as (

    select distinct converted_contact_id as contact_id
    from leads
    where {{ parse_boolean('is_converted') }} and converted_contact_id is not null

),

lead_records as (

    select
        leads.id as lead_id,
        leads.email,
        leads.first_name,
        leads.last_name,
        leads.title as job_title,
        leads.company as company_name,
        leads.website as company_domain,
        case when {{ parse_boolean('leads.is_converted') }} then leads.converted_account_id end as crm_account_id,
        coalesce(leads.country_code, leads.country) as country,
        leads.lead_source,
        leads.owner_id,
        case
            when {{ parse_boolean('leads.is_converted') }} then 'converted'
            else coalesce(statuses.lead_status, leads.status)
        end as lead_status,
        cast(null as {{ dbt.type_string() }}) as status_reason,
        leads.created_date as created_at,
        leads.last_modified_date as updated_at,
        leads.is_deleted,
        coalesce(
            leads.master_record_id,
            case when {{ parse_boolean('leads.is_converted') }} then leads.converted_contact_id end
        ) as merged_into_lead_id
    from leads
    left join statuses
        on lower(trim(leads.status)) = statuses.status

),

contact_records as (

    select
        contacts.id as lead_id,
        contacts.email,
        contacts.first_name,
        contacts.last_name,
        contacts.title as job_title,
        cast(null as {{ dbt.type_string() }}) as company_name,
        cast(null as {{ dbt.type_string() }}) as company_domain,
        contacts.account_id as crm_account_id,
        coalesce(contacts.mailing_country_code, contacts.mailing_country) as country,
        contacts.lead_source,
        contacts.owner_id,
        case when converted_into.contact_id is not null then 'converted' end as lead_status,
        cast(null as {{ dbt.type_string() }}) as status_reason,
        contacts.created_date as created_at,
        contacts.last_modified_date as updated_at,
        contacts.is_deleted,
        contacts.master_record_id as merged_into_lead_id
    from contacts
    left join converted_into
        on contacts.id = converted_into.contact_id

),

final as (

    select * from lead_records
    union all
    select * from contact_records

)

select {{ raw_contract_as_text('leads') }}
from final
