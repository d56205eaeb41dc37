//! `TemplateslackAutoApprovalData`, from `apis/notifications/schemas/templateslack.yaml#/properties/autoApprovalData`.

/// `TemplateslackAutoApprovalData` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TemplateslackAutoApprovalData {
    /// Whether the request was auto-approved
    #[serde(rename = "isAutoApproved", skip_serializing_if = "Option::is_none")]
    pub is_auto_approved: Option<String>,
    /// The item ID
    #[serde(rename = "itemId", skip_serializing_if = "Option::is_none")]
    pub item_id: Option<String>,
    /// The item type
    #[serde(rename = "itemType", skip_serializing_if = "Option::is_none")]
    pub item_type: Option<String>,
    /// JSON message for auto-approval
    #[serde(rename = "autoApprovalMessageJSON", skip_serializing_if = "Option::is_none")]
    pub auto_approval_message_json: Option<String>,
    /// Title for auto-approval
    #[serde(rename = "autoApprovalTitle", skip_serializing_if = "Option::is_none")]
    pub auto_approval_title: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TemplateslackAutoApprovalData {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for TemplateslackAutoApprovalData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TemplateslackAutoApprovalData {
    const NAME: &'static str = "TemplateslackAutoApprovalData";

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
            "isAutoApproved" => {
                self.is_auto_approved = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "itemId" => self.item_id = map.next_value_seed(crate::lenient::TextOption)?,
            "itemType" => {
                self.item_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "autoApprovalMessageJSON" => {
                self.auto_approval_message_json = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "autoApprovalTitle" => {
                self.auto_approval_title = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
