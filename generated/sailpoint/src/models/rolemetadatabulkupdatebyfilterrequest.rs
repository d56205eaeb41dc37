//! `Rolemetadatabulkupdatebyfilterrequest`, from `apis/roles/schemas/rolemetadatabulkupdatebyfilterrequest.yaml`.

use crate::models::{
    RolemetadatabulkupdatebyfilterrequestOperation,
    RolemetadatabulkupdatebyfilterrequestReplaceScope,
    RolemetadatabulkupdatebyfilterrequestValuesInner,
};

/// This API initialize a a Bulk update by filter request of Role metadata. The maximum meta data values that one single role assigned can not exceed 25. Custom metadata need suit licensed.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Rolemetadatabulkupdatebyfilterrequest {
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id** : *eq, in*
    ///
    /// **name** : *eq, sw*
    ///
    /// **created** : *gt, lt, ge, le*
    ///
    /// **modified** : *gt, lt, ge, le*
    ///
    /// **owner.id** : *eq, in*
    ///
    /// **requestable** : *eq*
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub filters: String,
    /// The operation to be performed
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<RolemetadatabulkupdatebyfilterrequestOperation>,
    /// The choice of update scope.
    #[serde(rename = "replaceScope", skip_serializing_if = "Option::is_none")]
    pub replace_scope: Option<RolemetadatabulkupdatebyfilterrequestReplaceScope>,
    /// The metadata to be updated, including attribute key and value.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub values: Vec<RolemetadatabulkupdatebyfilterrequestValuesInner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Rolemetadatabulkupdatebyfilterrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        filters: impl Into<String>,
        operation: RolemetadatabulkupdatebyfilterrequestOperation,
        values: Vec<RolemetadatabulkupdatebyfilterrequestValuesInner>,
    ) -> Self {
        Rolemetadatabulkupdatebyfilterrequest {
            filters: filters.into(),
            operation: Some(operation),
            replace_scope: None,
            values,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Rolemetadatabulkupdatebyfilterrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Rolemetadatabulkupdatebyfilterrequest {
    const NAME: &'static str = "Rolemetadatabulkupdatebyfilterrequest";

    #[inline]
    fn empty() -> Self {
        Rolemetadatabulkupdatebyfilterrequest {
            filters: Default::default(),
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
            "filters" => self.filters = map.next_value_seed(crate::lenient::Text)?,
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
