{#-
    What the BI side may see (docs/bi-access.md): personal data hashed unless var
    expose_personal_data is true, and on PostgreSQL a read-only role (var bi_role) granted the
    BI-facing marts.
-#}

{#- Lower-case hex SHA-256 of a text expression, the same string on every engine. -#}
{% macro sha256_hex(expr) -%}
    {{ return(adapter.dispatch('sha256_hex', 'lead_qualification')(expr)) }}
{%- endmacro %}

{% macro default__sha256_hex(expr) -%}
    sha256({{ expr }})
{%- endmacro %}

{% macro postgres__sha256_hex(expr) -%}
    encode(sha256(convert_to({{ expr }}, 'UTF8')), 'hex')
{%- endmacro %}

{% macro spark__sha256_hex(expr) -%}
    sha2({{ expr }}, 256)
{%- endmacro %}


{#-
    A column of personal data (email, names) as BI may see it: as it is when var
    expose_personal_data is true, else its SHA-256 (nulls stay null). A hashed email still joins
    to other systems that hash trimmed, lower-case emails the same way (ad platforms' audience
    matching does).
-#}
{% macro personal_data(expr) -%}
    {%- set expose = var('expose_personal_data') -%}
    {%- if expose not in [true, false] -%}
        {{ exceptions.raise_compiler_error(
            "var 'expose_personal_data' must be true or false (got '" ~ expose ~ "'): false, the "
            ~ "default, hashes emails and names in the BI-facing marts; true shows them.") }}
    {%- endif -%}
    {%- if expose -%}
        {{ expr }}
    {%- else -%}
        {{ sha256_hex(expr) }}
    {%- endif -%}
{%- endmacro %}


{#-
    The configured BI role, or none. A name that is not a plain identifier stops the run: it
    goes into GRANT statements unquoted.
-#}
{% macro bi_role() -%}
    {%- set role = var('bi_role') -%}
    {%- if role in [none, ''] -%}
        {{ return(none) }}
    {%- endif -%}
    {%- if not modules.re.match('^[a-z_][a-z0-9_]*$', role | string) -%}
        {{ exceptions.raise_compiler_error(
            "var 'bi_role' must be a lower-case identifier (letters, digits, _), the name of an "
            ~ "existing read-only role; got '" ~ role ~ "'.") }}
    {%- endif -%}
    {{ return(role) }}
{%- endmacro %}


{#-
    Post-hook of every mart and scoring seed: SELECT on it to the BI role, when var bi_role names one. Marts whose
    meta says bi_access: false (rejected_records: raw values of bad rows, personal data included)
    are left out.
-#}
{% macro grant_select_to_bi_role() -%}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- set role = bi_role() -%}
    {%- if role is none or model.config.meta.get('bi_access', true) == false -%}
        {{ return('') }}
    {%- endif -%}
    {{ return(adapter.dispatch('grant_select_to_bi_role', 'lead_qualification')(role)) }}
{%- endmacro %}

{% macro default__grant_select_to_bi_role(role) -%}
    {{ exceptions.raise_compiler_error(
        "var 'bi_role' is set to '" ~ role ~ "', but grants to a BI role are built for PostgreSQL "
        ~ "only, and this target is " ~ target.type ~ ". Unset bi_role here (docs/bi-access.md).") }}
{%- endmacro %}

{% macro postgres__grant_select_to_bi_role(role) -%}
    grant select on {{ this }} to {{ role }}
{%- endmacro %}


{#-
    On-run-end: the BI role may look up the schemas of what it may read (USAGE only; it creates
    nothing): the schemas of the relations this run built with the grant_select_to_bi_role
    post-hook (the marts and the scoring seeds, as dbt_project.yml configures them; in
    `<target schema>_marts` and `_seeds` unless a host's generate_schema_name says otherwise).
    Schemas this run did not touch keep the grants earlier runs gave.
-#}
{% macro grant_bi_schema_usage() -%}
    {%- set role = bi_role() -%}
    {%- if role is none or target.type != 'postgres' or not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- set schemas = [] -%}
    {%- for result in results if result.status == 'success' and result.node.schema not in schemas -%}
        {%- set hooks = result.node.config.post_hook | map(attribute='sql') | join(' ') -%}
        {%- if 'grant_select_to_bi_role' in hooks -%}
            {%- do schemas.append(result.node.schema) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- for schema in schemas %}
    grant usage on schema {{ adapter.quote(schema) }} to {{ role }};
    {%- endfor %}
{%- endmacro %}
