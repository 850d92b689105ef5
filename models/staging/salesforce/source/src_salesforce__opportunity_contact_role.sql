{#- Salesforce `opportunity_contact_role` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Contacts' roles on opportunities (optional); the primary one is the opportunity's lead. -#}
{{ crm_source_select('salesforce', 'opportunity_contact_role', source('salesforce', 'opportunity_contact_role')) }}
