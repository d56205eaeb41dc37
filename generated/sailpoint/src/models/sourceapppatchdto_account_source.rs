//! `SourceapppatchdtoAccountSource`, from `apis/apps/schemas/sourceapppatchdto.yaml#/properties/accountSource`.

use crate::models::Basereferencedto;

/// `SourceapppatchdtoAccountSource` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SourceapppatchdtoAccountSource {
    /// The source ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The source type, will always be "SOURCE"
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The source name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// If the source is used for password management
    #[serde(
        rename = "useForPasswordManagement",
        skip_serializing_if = "Option::is_none"
    )]
    pub use_for_password_management: Option<bool>,
    /// The password policies for the source
    #[serde(rename = "passwordPolicies", skip_serializing_if = "Option::is_none")]
    pub password_policies: Option<Vec<Basereferencedto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceapppatchdtoAccountSource {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SourceapppatchdtoAccountSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SourceapppatchdtoAccountSource {
    const NAME: &'static str = "SourceapppatchdtoAccountSource";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "useForPasswordManagement" => {
                self.use_for_password_management = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "passwordPolicies" => self.password_policies = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
