//! `ReviewableentitlementAccountOwner`, from `apis/certification-summaries/schemas/reviewableentitlement.yaml#/properties/account/properties/owner`.

use crate::models::ReviewableentitlementAccountOwnerType;

/// Information about the machine account owner
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ReviewableentitlementAccountOwner {
    /// The id associated with the machine account owner
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// An enumeration of the types of Owner supported within the IdentityNow infrastructure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ReviewableentitlementAccountOwnerType>,
    /// The machine account owner's display name
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ReviewableentitlementAccountOwner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ReviewableentitlementAccountOwner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ReviewableentitlementAccountOwner {
    const NAME: &'static str = "ReviewableentitlementAccountOwner";

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
            "type" => self.r#type = map.next_value()?,
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
