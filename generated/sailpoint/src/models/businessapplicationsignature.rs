//! `Businessapplicationsignature`, from `apis/business-applications/schemas/businessapplicationsignature.yaml`.

use crate::models::BusinessapplicationsignatureType;

/// A `(type, name)` rule used to automatically correlate machine identities to this Business Application. A signature matches a machine identity when the identity's `subtype` equals `type` and its `connector_attributes.spBusinessApplication` equals `name`. Each `(type, name)` pair is unique across all Business Applications in the tenant; assigning a signature already owned by another Business Application returns a 409 conflict. Modifying signatures requires the custom Business Application feature to be enabled.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Businessapplicationsignature {
    /// Signature type, matched against the machine identity's subtype. Kept consistent with the machine identity subtype values.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<BusinessapplicationsignatureType>,
    /// Connector signature value to match against the machine identity's `spBusinessApplication` connector attribute.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Businessapplicationsignature {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: BusinessapplicationsignatureType,
        name: impl Into<String>,
    ) -> Self {
        Businessapplicationsignature {
            r#type: Some(r#type),
            name: name.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Businessapplicationsignature {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Businessapplicationsignature {
    const NAME: &'static str = "Businessapplicationsignature";

    #[inline]
    fn empty() -> Self {
        Businessapplicationsignature {
            r#type: None,
            name: Default::default(),
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
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
