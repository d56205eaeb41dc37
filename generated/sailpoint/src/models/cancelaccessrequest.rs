//! `Cancelaccessrequest`, from `apis/access-requests/schemas/cancelaccessrequest.yaml`.

/// Request body payload for cancel access request endpoint.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Cancelaccessrequest {
    /// This refers to the identityRequestId. To successfully cancel an access request, you must provide the identityRequestId.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "accountActivityId")]
    pub account_activity_id: String,
    /// Reason for cancelling the pending access request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub comment: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Cancelaccessrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        account_activity_id: impl Into<String>,
        comment: impl Into<String>,
    ) -> Self {
        Cancelaccessrequest {
            account_activity_id: account_activity_id.into(),
            comment: comment.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Cancelaccessrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Cancelaccessrequest {
    const NAME: &'static str = "Cancelaccessrequest";

    #[inline]
    fn empty() -> Self {
        Cancelaccessrequest {
            account_activity_id: Default::default(),
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
            "accountActivityId" => {
                self.account_activity_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "comment" => self.comment = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
