use {{ lib }}::{Client, Config{% if uses_models %}, models{% endif %}};

{% if deprecated -%}
#[allow(deprecated)]
{% endif -%}
#[tokio::main]
async fn main() -> Result<(), {{ lib }}::Error> {
    let client = Client::new(Config::from_env()?)?;
{%- for binding in bindings %}
    {{ binding }}
{%- endfor %}
    {{ call }}
{%- if let Some(print) = print %}
    {{ print }}
{%- endif %}
    Ok(())
}
