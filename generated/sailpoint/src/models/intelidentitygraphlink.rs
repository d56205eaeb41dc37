//! `Intelidentitygraphlink`, from `apis/intelligence/schemas/intelidentitygraphlink.yaml`.

/// Deep link into Identity Graph UI for the resolved identity at the aggregate root.
/// Omitted when the tenant lacks the idg:base license.
///
/// To access the Identity Graph UI, the user must have the **Identity Graph Read Only** user level assigned.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelidentitygraphlink {
    /// Absolute URL to the Identity Graph view. Omitted when the tenant lacks idg:base or when
    /// the IDN UI host cannot be resolved from sp-tenant. Query parameters include `entity`
    /// and `id` for the resolved identity. The `entity` value reflects identity type: `human_identity`
    /// for Human responses and `machine_identity` for NHI responses.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub href: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelidentitygraphlink {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(href: impl Into<String>) -> Self {
        Intelidentitygraphlink {
            href: href.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelidentitygraphlink {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelidentitygraphlink {
    const NAME: &'static str = "Intelidentitygraphlink";

    #[inline]
    fn empty() -> Self {
        Intelidentitygraphlink {
            href: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "href" => self.href = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
