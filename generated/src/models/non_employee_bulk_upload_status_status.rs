//! `NonEmployeeBulkUploadStatusStatus`, from `beta/schemas/NonEmployeeBulkUploadStatus.yaml`.
crate::string_enum! {
    #[doc =
    " Returns the following values indicating the progress or result of the bulk upload job."]
    #[doc = " \"PENDING\" means the job is queued and waiting to be processed."] #[doc =
    " \"IN_PROGRESS\" means the job is currently being processed."] #[doc =
    " \"COMPLETED\" means the job has been completed without any errors."] #[doc =
    " \"ERROR\" means the job failed to process with errors."] #[doc =
    " null means job has been submitted to the source."] pub enum
    NonEmployeeBulkUploadStatusStatus { #[doc = " `PENDING`"] Pending = "PENDING", #[doc
    = " `IN_PROGRESS`"] InProgress = "IN_PROGRESS", #[doc = " `COMPLETED`"] Completed =
    "COMPLETED", #[doc = " `ERROR`"] Error = "ERROR", }
}
