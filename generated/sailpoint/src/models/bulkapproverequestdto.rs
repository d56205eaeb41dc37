//! `Bulkapproverequestdto`, from `apis/approvals/schemas/bulkapproverequestdto.yaml`.

/// BulkApproveRequestDTO is the input struct that represents the request body required to facilitate a bulk approval action for a set of generic approval requests.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Bulkapproverequestdto {
    /// Array of Approval IDs to be bulk approved
    #[serde(rename = "approvalIds", skip_serializing_if = "Option::is_none")]
    pub approval_ids: Option<Vec<String>>,
    /// Optional comment to include with the bulk approval request
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Additional attributes to include with the bulk approval request
    #[serde(rename = "additionalAttributes", skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Bulkapproverequestdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Bulkapproverequestdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Bulkapproverequestdto {
    const NAME: &'static str = "Bulkapproverequestdto";

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
            "approvalIds" => self.approval_ids = map.next_value()?,
            "comment" => self.comment = map.next_value_seed(crate::lenient::TextOption)?,
            "additionalAttributes" => self.additional_attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
