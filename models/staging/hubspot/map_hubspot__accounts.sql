{#-
    HubSpot companies in the raw contract's accounts shape (text columns): the domain property
    (else the website) is the domain, hs_is_target_account the target flag, hs_parent_company_id
    the parent. Deleted companies are left out.
-#}
with companies as (

    select * from {{ ref('src_hubspot__company') }}

),

final as (

    select
        id as account_id,
        property_name as account_name,
        coalesce(property_domain, property_website) as domain,
        property_industry as industry,
        property_numberofemployees as employee_count,
        property_annualrevenue as annual_revenue,
        property_country as country,
        cast(null as {{ dbt.type_string() }}) as technologies,
        property_hs_is_target_account as is_target_account,
        property_hs_parent_company_id as parent_account_id,
        property_hubspot_owner_id as owner_id,
        property_createdate as created_at,
        property_hs_lastmodifieddate as updated_at
    from companies
    where not coalesce({{ parse_boolean('is_deleted') }}, false)

)

select {{ raw_contract_as_text('accounts') }}
from final
