//! `Rolemetadatabulkupdatebyqueryrequest`, from `apis/roles/schemas/rolemetadatabulkupdatebyqueryrequest.yaml`.

use crate::models::{
    RolemetadatabulkupdatebyqueryrequestOperation,
    RolemetadatabulkupdatebyqueryrequestReplaceScope,
    RolemetadatabulkupdatebyqueryrequestValuesInner,
};

/// Bulk update by query request of Role metadata. The maximum meta data values that one single role assigned can not exceed 25. Custom metadata need suit licensed.
/// For more information about the query could refer to  [V3 API Perform Search](https://developer.sailpoint.com/docs/api/search-post-v-1)
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Rolemetadatabulkupdatebyqueryrequest {
    /// query the identities to be updated
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub query: serde_json::Map<String, serde_json::Value>,
    /// The operation to be performed
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<RolemetadatabulkupdatebyqueryrequestOperation>,
    /// The choice of update scope.
    #[serde(rename = "replaceScope", skip_serializing_if = "Option::is_none")]
    pub replace_scope: Option<RolemetadatabulkupdatebyqueryrequestReplaceScope>,
    /// The metadata to be updated, including attribute key and value.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub values: Vec<RolemetadatabulkupdatebyqueryrequestValuesInner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Rolemetadatabulkupdatebyqueryrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        query: serde_json::Map<String, serde_json::Value>,
        operation: RolemetadatabulkupdatebyqueryrequestOperation,
        values: Vec<RolemetadatabulkupdatebyqueryrequestValuesInner>,
    ) -> Self {
        Rolemetadatabulkupdatebyqueryrequest {
            query,
            operation: Some(operation),
            replace_scope: None,
            values,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Rolemetadatabulkupdatebyqueryrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Rolemetadatabulkupdatebyqueryrequest {
    const NAME: &'static str = "Rolemetadatabulkupdatebyqueryrequest";

    #[inline]
    fn empty() -> Self {
        Rolemetadatabulkupdatebyqueryrequest {
            query: Default::default(),
            operation: None,
            replace_scope: None,
            values: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "query" => {
                self.query = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "operation" => self.operation = map.next_value()?,
            "replaceScope" => self.replace_scope = map.next_value()?,
            "values" => {
                self.values = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
