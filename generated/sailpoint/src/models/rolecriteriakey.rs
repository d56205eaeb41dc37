//! `Rolecriteriakey`, from `apis/roles/schemas/rolecriteriakey.yaml`.

use crate::models::Rolecriteriakeytype;

/// Refers to a specific Identity attribute, Account attibute, or Entitlement used in Role membership criteria
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Rolecriteriakey {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Rolecriteriakeytype>,
    /// The name of the attribute or entitlement to which the associated criteria applies.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub property: String,
    /// ID of the Source from which an account attribute or entitlement is drawn. Required if type is ACCOUNT or ENTITLEMENT
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Rolecriteriakey {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: Rolecriteriakeytype, property: impl Into<String>) -> Self {
        Rolecriteriakey {
            r#type: Some(r#type),
            property: property.into(),
            source_id: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Rolecriteriakey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Rolecriteriakey {
    const NAME: &'static str = "Rolecriteriakey";

    #[inline]
    fn empty() -> Self {
        Rolecriteriakey {
            r#type: None,
            property: Default::default(),
            source_id: None,
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
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
