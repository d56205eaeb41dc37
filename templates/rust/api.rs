{% for line in doc %}
//! {{ line }}
{% endfor %}

use crate::models;

/// The {{ tag }} operations: get them from [`Client::{{ accessor }}`](crate::Client::{{ accessor }}).
#[derive(Debug, Clone, Copy)]
pub struct {{ api_name }}<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The {{ tag }} operations.
    pub fn {{ accessor }}(&self) -> {{ api_name }}<'_> {
        {{ api_name }} { client: self }
    }
}

impl<'a> {{ api_name }}<'a> {
{% for op in operations %}
    {% for line in op.doc %}
    /// {{ line }}
    {% endfor %}
    {% if op.deprecated %}
    #[deprecated(note = "deprecated in the spec")]
    {% endif %}
    {% if op.args.len() > 7 %}
    #[allow(clippy::too_many_arguments)]
    {% endif %}
    pub fn {{ op.method }}(&self, {% for arg in op.args %}{{ arg.name }}: {{ arg.ty }}, {% endfor %}) -> {{ op.builder }}<'a> {
        {{ op.builder }} {
            client: self.client,
        {% for field in op.fields %}
            {% if field.init == field.name %}{{ field.name }}{% else %}{{ field.name }}: {{ field.init }}{% endif %},
        {% endfor %}
        }
    }
{% endfor %}
}
{% for op in operations %}

/// The request of [`{{ api_name }}::{{ op.method_bare }}`]({{ api_name }}::{{ op.method_bare }}): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct {{ op.builder }}<'a> {
    client: &'a crate::Client,
{% for field in op.fields %}
    {{ field.name }}: {{ field.ty }},
{% endfor %}
}

impl {{ op.builder }}<'_> {
{% for setter in op.setters %}
    {% for line in setter.doc %}
    /// {{ line }}
    {% endfor %}
    pub fn {{ setter.name }}(mut self, {{ setter.name }}: {{ setter.ty }}) -> Self {
        self.{{ setter.name }} = Some({{ setter.value }});
        self
    }
{% endfor %}

    /// Sends the request: `{{ op.http_method }} {{ op.path }}`.
    pub async fn send(self) -> Result<{{ op.output }}, crate::Error> {
    {% for statement in op.send %}
        {{ statement }}
    {% endfor %}
    }
}
{% endfor %}
