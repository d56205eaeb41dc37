//! `Bulkreassignrequestdto`, from `apis/approvals/schemas/bulkreassignrequestdto.yaml`.

/// BulkReassignRequestDTO is the input struct that represents the request body required to facilitate a bulk reassignment action for a set of generic approval requests.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Bulkreassignrequestdto {
    /// Array of Approval IDs to be bulk reassigned
    #[serde(rename = "approvalIds", skip_serializing_if = "Option::is_none")]
    pub approval_ids: Option<Vec<String>>,
    /// Optional comment to include with the bulk reassignment request
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Identity ID from which the approval requests are being reassigned
    #[serde(rename = "reassignFrom", skip_serializing_if = "Option::is_none")]
    pub reassign_from: Option<String>,
    /// ReassignTo signifies the Identity ID that the approval request is being reassigned to
    #[serde(rename = "reassignTo", skip_serializing_if = "Option::is_none")]
    pub reassign_to: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Bulkreassignrequestdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Bulkreassignrequestdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Bulkreassignrequestdto {
    const NAME: &'static str = "Bulkreassignrequestdto";

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
            "reassignFrom" => {
                self.reassign_from = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "reassignTo" => {
                self.reassign_to = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
