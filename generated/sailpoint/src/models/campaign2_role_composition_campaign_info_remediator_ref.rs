//! `Campaign2RoleCompositionCampaignInfoRemediatorRef`, from `apis/certification-campaigns/schemas/campaign-2.yaml#/allOf/1/properties/roleCompositionCampaignInfo/properties/remediatorRef`.

use crate::models::Campaign2RoleCompositionCampaignInfoRemediatorRefType;

/// This determines who remediation tasks will be assigned to. Remediation tasks are created for each revoke decision on items in the campaign. The only legal remediator type is 'IDENTITY', and the chosen identity must be a Role Admin or Org Admin.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Campaign2RoleCompositionCampaignInfoRemediatorRef {
    /// Legal Remediator Type
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Campaign2RoleCompositionCampaignInfoRemediatorRefType>,
    /// The ID of the remediator.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The name of the remediator.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Campaign2RoleCompositionCampaignInfoRemediatorRef {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: Campaign2RoleCompositionCampaignInfoRemediatorRefType,
        id: impl Into<String>,
    ) -> Self {
        Campaign2RoleCompositionCampaignInfoRemediatorRef {
            r#type: Some(r#type),
            id: id.into(),
            name: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Campaign2RoleCompositionCampaignInfoRemediatorRef {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Campaign2RoleCompositionCampaignInfoRemediatorRef {
    const NAME: &'static str = "Campaign2RoleCompositionCampaignInfoRemediatorRef";

    #[inline]
    fn empty() -> Self {
        Campaign2RoleCompositionCampaignInfoRemediatorRef {
            r#type: None,
            id: Default::default(),
            name: None,
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
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
