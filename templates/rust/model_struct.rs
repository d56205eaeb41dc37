{% for line in doc %}
/// {{ line }}
{% endfor %}
#[derive({{ derives }})]
// A field the API gains later is then no breaking change: code outside the crate builds the
// value with `new` and sets fields, rather than with a struct literal.
#[non_exhaustive]
pub struct {{ name }} {
{% for field in fields.iter().chain(std::iter::once(undeclared)) %}
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
    #[inline]
    pub fn new({% for arg in args %}{{ arg.name }}: {{ arg.ty }}, {% endfor %}) -> Self {
    {% if args.is_empty() %}
        Self::default()
    {% else %}
        {{ name }} {
        {% for field in fields.iter().chain(std::iter::once(undeclared)) %}
            {% if field.init == field.name %}{{ field.name }}{% else %}{{ field.name }}: {{ field.init }}{% endif %},
        {% endfor %}
        }
    {% endif %}
    }
}

impl<'de> serde::Deserialize<'de> for {{ name }} {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for {{ name }} {
    const NAME: &'static str = "{{ name }}";

    #[inline]
    fn empty() -> Self {
    {% if args.is_empty() %}
        Self::default()
    {% else %}
        {{ name }} {
        {% for field in fields.iter().chain(std::iter::once(undeclared)) %}
            {{ field.name }}: {{ field.empty }},
        {% endfor %}
        }
    {% endif %}
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
    {% if fields.is_empty() %}
        self.{{ undeclared.name }}.insert(key.into_string(), map.next_value()?);
    {% else %}
        match &*key {
        {% for field in fields %}
            {{ "{:?}"|format(field.json_name) }} => self.{{ field.name }} = {% if let Some(seed) = field.seed %}map.next_value_seed({{ seed }}){% else %}map.next_value(){% endif %}?,
        {% endfor %}
            _ => {
                self.{{ undeclared.name }}.insert(key.into_string(), map.next_value()?);
            }
        }
    {% endif %}
        Ok(())
    }
}
