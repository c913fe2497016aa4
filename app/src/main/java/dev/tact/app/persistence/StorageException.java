package dev.tact.app.persistence;

import dev.tact.core.TactException;

/** The database failed; nothing was written half-way (each write is one transaction). */
public class StorageException extends TactException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
