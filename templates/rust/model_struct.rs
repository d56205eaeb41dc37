{% for line in doc %}
/// {{ line }}
{% endfor %}
#[derive({{ derives }})]
// A field the API gains later is then no breaking change: code outside the crate builds the
// value with `new` and sets fields, rather than with a struct literal.
#[non_exhaustive]
pub struct {{ name }} {
{% for field in fields %}
    {% for line in field.doc %}
    /// {{ line }}
    {% endfor %}
    {% for attr in field.attrs %}
    #[{{ attr }}]
    {% endfor %}
    pub {{ field.name }}: {{ field.ty }},
{% endfor %}
}

impl {{ name }} {
    /// Builds the value from its required fields; the optional ones start empty.
    {% if args.len() > 7 %}
    #[allow(clippy::too_many_arguments)]
    {% endif %}
    pub fn new({% for arg in args %}{{ arg.name }}: {{ arg.ty }}, {% endfor %}) -> Self {
        {{ name }} {
        {% for field in fields %}
            {% if field.init == field.name %}{{ field.name }}{% else %}{{ field.name }}: {{ field.init }}{% endif %},
        {% endfor %}
        }
    }
}
