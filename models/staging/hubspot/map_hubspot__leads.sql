{#-
    HubSpot contacts in the raw contract's leads shape (text columns): one row per contact, and
    one per merged-away contact id that the contact table no longer holds (from the merge audit),
    so history recorded under the old id reaches the survivor: merged_into_lead_id is the
    canonical contact. The lead status comes from hs_lead_status through the seed
    hubspot_lead_statuses; the associated company is the crm_account_id. A contact Fivetran marks
    deleted keeps is_deleted (identity rejects it with its history).
-#}
with contacts as (

    select * from {{ ref('src_hubspot__contact') }}

),

merge_audit as (

    select * from {{ ref('src_hubspot__contact_merge_audit') }}

),

merged_into as (

    select
        vid_to_merge as contact_id,
        min(canonical_vid) as canonical_id,
        min(merged_at) as merged_at
    from merge_audit
    where vid_to_merge <> canonical_vid
    group by vid_to_merge

),

statuses as (

    select
        hs_lead_status,
        lead_status
    from {{ ref('hubspot_lead_statuses') }}

),

contact_records as (

    select
        contacts.id as lead_id,
        contacts.property_email as email,
        contacts.property_firstname as first_name,
        contacts.property_lastname as last_name,
        contacts.property_jobtitle as job_title,
        contacts.property_company as company_name,
        contacts.property_website as company_domain,
        contacts.property_associatedcompanyid as crm_account_id,
        contacts.property_country as country,
        contacts.property_hs_analytics_source as lead_source,
        contacts.property_hubspot_owner_id as owner_id,
        coalesce(statuses.lead_status, contacts.property_hs_lead_status) as lead_status,
        cast(null as {{ dbt.type_string() }}) as status_reason,
        contacts.property_createdate as created_at,
        contacts.property_lastmodifieddate as updated_at,
        contacts._fivetran_deleted as is_deleted,
        merged_into.canonical_id as merged_into_lead_id
    from contacts
    left join statuses
        on lower(trim(contacts.property_hs_lead_status)) = statuses.hs_lead_status
    left join merged_into
        on contacts.id = merged_into.contact_id

),

merged_away_records as (

    select
        merged_into.contact_id as lead_id,
        cast(null as {{ dbt.type_string() }}) as email,
        cast(null as {{ dbt.type_string() }}) as first_name,
        cast(null as {{ dbt.type_string() }}) as last_name,
        cast(null as {{ dbt.type_string() }}) as job_title,
        cast(null as {{ dbt.type_string() }}) as company_name,
        cast(null as {{ dbt.type_string() }}) as company_domain,
        cast(null as {{ dbt.type_string() }}) as crm_account_id,
        cast(null as {{ dbt.type_string() }}) as country,
        cast(null as {{ dbt.type_string() }}) as lead_source,
        cast(null as {{ dbt.type_string() }}) as owner_id,
        cast(null as {{ dbt.type_string() }}) as lead_status,
        cast(null as {{ dbt.type_string() }}) as status_reason,
        merged_into.merged_at as created_at,
        merged_into.merged_at as updated_at,
        cast(null as {{ dbt.type_string() }}) as is_deleted,
        merged_into.canonical_id as merged_into_lead_id
    from merged_into
    left join contacts
        on merged_into.contact_id = contacts.id
    where contacts.id is null

),

final as (

    select * from contact_records
    union all
    select * from merged_away_records

)

select {{ raw_contract_as_text('leads') }}
from final
