//! `Bulkapproveaccessrequest`, from `apis/access-requests/schemas/bulkapproveaccessrequest.yaml`.

/// Request body payload for bulk approve access request endpoint.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Bulkapproveaccessrequest {
    /// List of approval ids to approve the pending requests
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "approvalIds")]
    pub approval_ids: Vec<String>,
    /// Reason for approving the pending access request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub comment: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Bulkapproveaccessrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(approval_ids: Vec<String>, comment: impl Into<String>) -> Self {
        Bulkapproveaccessrequest {
            approval_ids,
            comment: comment.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Bulkapproveaccessrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Bulkapproveaccessrequest {
    const NAME: &'static str = "Bulkapproveaccessrequest";

    #[inline]
    fn empty() -> Self {
        Bulkapproveaccessrequest {
            approval_ids: Default::default(),
            comment: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "approvalIds" => {
                self.approval_ids = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "comment" => self.comment = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
