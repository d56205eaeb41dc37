//! `Dimensioncriteriakey`, from `apis/dimensions/schemas/dimensioncriteriakey.yaml`.

use crate::models::Dimensioncriteriakeytype;

/// Refers to a specific Identity attribute used in Dimension membership criteria.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Dimensioncriteriakey {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Dimensioncriteriakeytype>,
    /// The name of the identity attribute to which the associated criteria applies.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub property: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Dimensioncriteriakey {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: Dimensioncriteriakeytype, property: impl Into<String>) -> Self {
        Dimensioncriteriakey {
            r#type: Some(r#type),
            property: property.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Dimensioncriteriakey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Dimensioncriteriakey {
    const NAME: &'static str = "Dimensioncriteriakey";

    #[inline]
    fn empty() -> Self {
        Dimensioncriteriakey {
            r#type: None,
            property: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "property" => self.property = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
