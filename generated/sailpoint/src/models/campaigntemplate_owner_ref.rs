//! `CampaigntemplateOwnerRef`, from `apis/certification-campaigns/schemas/campaigntemplate.yaml#/properties/ownerRef`.

use crate::models::CampaigntemplateOwnerRefType;

/// The owner of this template, and the owner of campaigns generated from this template via a schedule. This field is automatically populated at creation time with the current user.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CampaigntemplateOwnerRef {
    /// Id of the owner
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type of the owner
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CampaigntemplateOwnerRefType>,
    /// Name of the owner
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email of the owner
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CampaigntemplateOwnerRef {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for CampaigntemplateOwnerRef {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CampaigntemplateOwnerRef {
    const NAME: &'static str = "CampaigntemplateOwnerRef";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
