//! `Accountrequestasyncresult`, from `apis/account-deletion-requests/schemas/accountrequestasyncresult.yaml`.

/// Asynchronous response containing a unique tracking ID for the account request
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountrequestasyncresult {
    /// Id of the account request
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "accountRequestId")]
    pub account_request_id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountrequestasyncresult {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(account_request_id: impl Into<String>) -> Self {
        Accountrequestasyncresult {
            account_request_id: account_request_id.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accountrequestasyncresult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountrequestasyncresult {
    const NAME: &'static str = "Accountrequestasyncresult";

    #[inline]
    fn empty() -> Self {
        Accountrequestasyncresult {
            account_request_id: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "accountRequestId" => {
                self.account_request_id = map.next_value_seed(crate::lenient::Text)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
